package cn.jiangxin.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.benefit.HeldServiceUseTakenBack;
import cn.jiangxin.benefit.HeldServiceUsed;
import cn.jiangxin.benefit.ServiceHold;
import cn.jiangxin.benefit.ServiceHolds;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16 item 4: a card scan at the venue redeems the talent's booking of the day (a HELD service hold) instead of
 * counting a second use; a walk-in for a service used by appointment only is refused; an undo gives the hold back.
 */
@JiangxinTest
@MovableClock
@RecordApplicationEvents
class BookedScanTest {

    static final String CHECKUP = "HEALTH_CHECKUP";

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired MutableClock clock;
    @Autowired CardRedemptions redemptions;
    @Autowired ServiceHolds holds;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    CardFixture fixture;
    CurrentUser venue;

    @BeforeEach
    void setUp() {
        fixture = new CardFixture(context);
        venue = fixture.venueOfferingAll();
    }

    ServiceHold book(CardFixture.Talent t, LocalDate on, CurrentUser at) {
        return holds.hold(t.account().personId(), CHECKUP, on, at.accountId(), "BOOKING:" + UUID.randomUUID());
    }

    LocalDate today() {
        return fixture.entitlements.today();
    }

    int used(CardFixture.Talent t, String code) {
        return fixture.entitlements.ofPerson(t.account().personId(), today()).stream()
                .filter(e -> e.code().equals(code)).findFirst().orElseThrow().usedThisYear();
    }

    CardRedemptions.Redeemed scan(CardFixture.Talent t, String service, String scanId) {
        return redemptions.redeem(venue, fixture.token(t), service, scanId);
    }

    CardRefusal refusal(CardFixture.Talent t, String service) {
        try {
            scan(t, service, UUID.randomUUID().toString());
        } catch (CardRefused e) {
            return e.refusal();
        }
        throw new AssertionError("the scan was not refused");
    }

    List<HeldServiceUsed> usedEvents(String key) {
        return events.stream(HeldServiceUsed.class).filter(e -> e.holdKey().equals(key)).toList();
    }

    @Test
    void aScanRedeemsTheBookingOfTheDayOnceWithoutCountingAgain() {
        var t = fixture.certified();
        ServiceHold hold = book(t, today(), venue);
        assertThat(used(t, CHECKUP)).isEqualTo(1);
        String scanId = UUID.randomUUID().toString();
        String token = fixture.token(t);

        var first = redemptions.redeem(venue, token, CHECKUP, scanId);
        assertThat(first.use().booked()).isTrue();
        assertThat(first.use().bookedFor()).isEqualTo(today());
        assertThat(first.use().usedThisYear()).isEqualTo(1);
        assertThat(first.use().remaining()).isZero();
        assertThat(used(t, CHECKUP)).isEqualTo(1);
        assertThat(holds.find(hold.key()).orElseThrow().state()).isEqualTo(ServiceHold.State.USED);
        assertThat(jdbc.sql("SELECT hold_key FROM service_redemption WHERE id = ?").param(first.use().redemptionId())
                .query(String.class).single()).isEqualTo(hold.key());
        assertThat(usedEvents(hold.key())).singleElement().satisfies(e -> {
            assertThat(e.redemptionId()).isEqualTo(first.use().redemptionId());
            assertThat(e.personId()).isEqualTo(t.account().personId());
            assertThat(e.service()).isEqualTo(CHECKUP);
            assertThat(e.venueAccount()).isEqualTo(venue.accountId());
        });

        var again = redemptions.redeem(venue, token, CHECKUP, scanId);
        assertThat(again.use().repeated()).isTrue();
        assertThat(again.use().redemptionId()).isEqualTo(first.use().redemptionId());
        assertThat(again.use().booked()).isTrue();
        assertThat(usedEvents(hold.key())).hasSize(1);

        assertThat(refusal(t, CHECKUP)).isEqualTo(CardRefusal.BOOKING_REQUIRED);
        assertThat(used(t, CHECKUP)).isEqualTo(1);
    }

    @Test
    void aWalkInOfAServiceByAppointmentIsRefusedAndABookingElsewhereOrOnAnotherDayDoesNotCount() {
        var t = fixture.certified();
        assertThat(refusal(t, CHECKUP)).isEqualTo(CardRefusal.BOOKING_REQUIRED);

        ServiceHold elsewhere = book(t, today(), fixture.parkOnlyVenue());
        assertThat(refusal(t, CHECKUP)).isEqualTo(CardRefusal.BOOKING_REQUIRED);
        assertThat(holds.release(elsewhere.key())).isTrue();

        ServiceHold tomorrow = book(t, today().plusDays(1), venue);
        assertThat(refusal(t, CHECKUP)).isEqualTo(CardRefusal.BOOKING_REQUIRED);
        assertThat(used(t, CHECKUP)).isEqualTo(1);
        assertThat(holds.find(tomorrow.key()).orElseThrow().state()).isEqualTo(ServiceHold.State.HELD);

        clock.set(clock.instant().plus(Duration.ofDays(1)));
        assertThat(scan(t, CHECKUP, UUID.randomUUID().toString()).use().booked()).isTrue();
        assertThat(holds.find(tomorrow.key()).orElseThrow().state()).isEqualTo(ServiceHold.State.USED);
        assertThat(used(t, CHECKUP)).isEqualTo(1);
    }

    @Test
    void aParkVisitWalkInIsRecordedAsBefore() {
        var t = fixture.certified();
        var use = scan(t, "PARK_VISIT", UUID.randomUUID().toString());
        assertThat(use.use().booked()).isFalse();
        assertThat(use.use().usedThisYear()).isEqualTo(1);
        assertThat(used(t, "PARK_VISIT")).isEqualTo(1);
        assertThat(events.stream(HeldServiceUsed.class).filter(e -> e.redemptionId() == use.use().redemptionId()))
                .isEmpty();
    }

    @Test
    void anUndoGivesTheBookingBackAndTheCountStays() {
        var t = fixture.certified();
        ServiceHold hold = book(t, today(), venue);
        var use = scan(t, CHECKUP, UUID.randomUUID().toString());

        fixture.entitlements.undo(venue, use.use().redemptionId());
        assertThat(holds.find(hold.key()).orElseThrow().state()).isEqualTo(ServiceHold.State.HELD);
        assertThat(used(t, CHECKUP)).isEqualTo(1);
        assertThat(events.stream(HeldServiceUseTakenBack.class).filter(e -> e.holdKey().equals(hold.key())))
                .singleElement().satisfies(e -> assertThat(e.redemptionId()).isEqualTo(use.use().redemptionId()));
        assertThatThrownBy(() -> fixture.entitlements.undo(venue, use.use().redemptionId()))
                .hasMessageContaining("已经撤销");
        assertThat(events.stream(HeldServiceUseTakenBack.class).filter(e -> e.holdKey().equals(hold.key()))).hasSize(1);

        var again = scan(t, CHECKUP, UUID.randomUUID().toString());
        assertThat(again.use().booked()).isTrue();
        assertThat(holds.find(hold.key()).orElseThrow().state()).isEqualTo(ServiceHold.State.USED);
        assertThat(used(t, CHECKUP)).isEqualTo(1);
        assertThat(usedEvents(hold.key())).hasSize(2);
    }

    @Test
    void fiftyScansOfOneBookingWithOneScanIdOrManyRecordOneUse() throws Exception {
        raceForOneBooking(CardRace::oneScanIdRecordsOnce);
        raceForOneBooking(CardRace::aBookingIsRedeemedOnce);
    }

    /** A race over one booking of a new talent: the hold is used, counted once, redeemed by one use. */
    void raceForOneBooking(BookingRace race) throws Exception {
        var t = fixture.certified();
        ServiceHold hold = book(t, today(), venue);
        race.run(List.of(redemptions), venue, fixture.token(t), CHECKUP);
        assertThat(holds.find(hold.key()).orElseThrow().state()).isEqualTo(ServiceHold.State.USED);
        assertThat(used(t, CHECKUP)).isEqualTo(1);
        assertThat(uses(hold.key())).isEqualTo(1);
    }

    interface BookingRace {
        void run(List<CardRedemptions> nodes, CurrentUser venue, String token, String service) throws Exception;
    }

    @Test
    void theScanPageShowsTheBookingOfTheDayAndMarksItsUse() throws Exception {
        var t = fixture.certified();
        String token = fixture.token(t);
        Document walkIn = postFragment("/venue/scan/verify", "token", token, "service", CHECKUP);
        assertThat(walkIn.selectFirst("#scan-outcome").attr("data-outcome")).isEqualTo("refused");
        assertThat(walkIn.selectFirst("#scan-reason").text()).isEqualTo("“体检”须预约后使用：该人才今天在本机构没有预约。");
        assertThat(walkIn.select("#scan-confirm")).isEmpty();

        ServiceHold hold = book(t, today(), venue);
        Document verified = postFragment("/venue/scan/verify", "token", token, "service", CHECKUP);
        assertThat(verified.selectFirst("#scan-outcome").attr("data-outcome")).isEqualTo("valid");
        assertThat(verified.selectFirst("#scan-booked-today").text()).contains("今日预约");
        String scanId = verified.selectFirst("input[name=scanId]").val();

        Document redeemed = postFragment("/venue/scan/redeem", "token", token, "service", CHECKUP, "scanId", scanId);
        assertThat(redeemed.selectFirst("#scan-redeemed").text()).startsWith("已按预约核销");
        assertThat(redeemed.selectFirst("#scan-left").text()).contains("剩余 0 次");
        long use = jdbc.sql("SELECT id FROM service_redemption WHERE hold_key = ?").param(hold.key()).query(Long.class)
                .single();
        assertThat(redeemed.selectFirst("#scan-today-booked-" + use)).isNotNull();
        Document page = Jsoup.parse(mvc.perform(get("/venue/scan").with(staff.as(venue))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#scan-today-booked-" + use)).isNotNull();
    }

    Document postFragment(String path, String... params) throws Exception {
        var request = post(path).with(staff.as(venue)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    long uses(String holdKey) {
        return jdbc.sql("SELECT COUNT(*) FROM service_redemption WHERE hold_key = ?").param(holdKey).query(Long.class)
                .single();
    }
}
