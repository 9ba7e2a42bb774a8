package cn.jiangxin.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@JiangxinTest
@MovableClock
class RedemptionTest {

    @Autowired Staff staff;
    @Autowired EntitlementGrants grants;
    @Autowired Entitlements entitlements;
    @Autowired People people;
    @Autowired Units units;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;

    CurrentUser provider;

    @Autowired VenueServices venues;

    @BeforeEach
    void setUp() {
        provider = BenefitFixture.venueOfferingAll(staff, venues);
    }

    long certifiedOn(LocalDate start, String name) {
        long person = BenefitFixture.newPerson(people, units, name);
        grants.grant(BenefitFixture.certified(person, start));
        return person;
    }

    RedemptionOutcome use(long person, String code, LocalDate on) {
        return entitlements.redeem(provider, new RedemptionRequest(person, code, on, UUID.randomUUID().toString()));
    }

    @Test
    void theQuotaOfASupportYearIsUsedUpAndStartsAgainOnTheAnniversary() {
        long person = certifiedOn(LocalDate.of(2026, 5, 1), "周年度");
        LocalDate first = LocalDate.of(2026, 5, 1);
        assertThat(use(person, "HOLIDAY_CARE", first).entitlement().leftThisYear()).isEqualTo(1);
        RedemptionOutcome second = use(person, "HOLIDAY_CARE", LocalDate.of(2027, 4, 30));
        assertThat(second.entitlement().usedThisYear()).isEqualTo(2);
        assertThat(second.entitlement().leftThisYear()).isZero();
        assertThat(second.redemption().supportYear()).isEqualTo(1);

        assertThatThrownBy(() -> use(person, "HOLIDAY_CARE", LocalDate.of(2027, 4, 30)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("“假期关怀慰问”本支持年度（2026年5月1日至2027年4月30日）的2次已全部使用，下一支持年度自2027年5月1日起重新计算");

        RedemptionOutcome nextYear = use(person, "HOLIDAY_CARE", LocalDate.of(2027, 5, 1));
        assertThat(nextYear.redemption().supportYear()).isEqualTo(2);
        assertThat(nextYear.entitlement().leftThisYear()).isEqualTo(1);
        use(person, "HOLIDAY_CARE", LocalDate.of(2028, 4, 30));
        assertThatThrownBy(() -> use(person, "HOLIDAY_CARE", LocalDate.of(2028, 4, 30)))
                .hasMessage("“假期关怀慰问”本支持年度（2027年5月1日至2028年4月30日）的2次已全部使用，支持期内不再有新的次数");
        assertThat(entitlements.ofPerson(person, LocalDate.of(2027, 5, 1))).filteredOn(e -> e.code().equals("HOLIDAY_CARE"))
                .singleElement().satisfies(e -> assertThat(e.usedThisYear()).isEqualTo(2));
    }

    @Test
    void aLeapDayCertificationResetsItsQuotaOnTheTwentyEighthOfFebruary() {
        long person = BenefitFixture.newPerson(people, units, "吴闰日");
        grants.grant(BenefitFixture.certified(person, LocalDate.of(2024, 2, 29)));
        use(person, "HEALTH_CHECKUP", LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> use(person, "HEALTH_CHECKUP", LocalDate.of(2025, 2, 27)))
                .hasMessageContaining("（2024年2月29日至2025年2月27日）的1次已全部使用，下一支持年度自2025年2月28日起重新计算");
        assertThat(use(person, "HEALTH_CHECKUP", LocalDate.of(2025, 2, 28)).redemption().supportYear()).isEqualTo(2);
        assertThatThrownBy(() -> use(person, "HEALTH_CHECKUP", LocalDate.of(2026, 2, 28)))
                .hasMessage("“体检”有效期至2026年2月27日，支持期已结束，不能再使用");
    }

    @Test
    void theLastDayOfThePeriodIsStillUsableAndTheNextIsRefused() {
        long person = certifiedOn(LocalDate.of(2026, 5, 1), "郑到期");
        assertThat(use(person, "PARK_VISIT", LocalDate.of(2028, 4, 30)).entitlement().status())
                .isEqualTo(EntitlementStatus.ACTIVE);
        assertThatThrownBy(() -> use(person, "PARK_VISIT", LocalDate.of(2028, 5, 1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("“公园游览”有效期至2028年4月30日，支持期已结束，不能再使用");
        assertThatThrownBy(() -> use(person, "PARK_VISIT", LocalDate.of(2026, 4, 30)))
                .hasMessage("“公园游览”自2026年5月1日起方可使用，目前尚未生效");
        assertThatThrownBy(() -> use(person, "PRIORITY_RECOMMENDATION", LocalDate.of(2026, 6, 1)))
                .hasMessage("“优先推荐参加评选”不是按次使用的服务，无需登记使用");
        long uncertified = BenefitFixture.newPerson(people, units, "王未认定");
        assertThatThrownBy(() -> use(uncertified, "CINEMA", LocalDate.of(2026, 6, 1)))
                .hasMessage("该人员没有“观影”服务待遇");
        assertThat(audit.latest(Staff.VENUE, "person", String.valueOf(person), 10))
                .extracting(r -> r.action() + " " + r.outcome())
                .containsOnly("SERVICE_REDEMPTION_REFUSED DENIED").hasSize(3);
    }

    @Test
    void aRepeatedRequestCountsOnceAndAKeyCannotBeReusedForAnotherUse() {
        long person = certifiedOn(LocalDate.of(2026, 5, 1), "冯重试");
        String key = UUID.randomUUID().toString();
        RedemptionRequest request = new RedemptionRequest(person, "CINEMA", LocalDate.of(2026, 6, 1), key);
        RedemptionOutcome first = entitlements.redeem(provider, request);
        RedemptionOutcome again = entitlements.redeem(provider, request);

        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(again.redemption().id()).isEqualTo(first.redemption().id());
        assertThat(again.entitlement().usedThisYear()).isEqualTo(1);
        assertThat(entitlements.redemptionsOf(first.entitlement().id())).hasSize(1);
        assertThat(audit.latest(Staff.VENUE, "entitlement", String.valueOf(first.entitlement().id()), 10))
                .extracting(r -> r.action()).containsExactly("SERVICE_REDEEMED");
        assertThatThrownBy(() -> entitlements.redeem(provider,
                new RedemptionRequest(person, "PARK_VISIT", LocalDate.of(2026, 6, 1), key)))
                .hasMessage("此请求编号已用于另一次使用记录，请刷新页面后重试");
        assertThatThrownBy(() -> entitlements.redeem(staff.officer(), request))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ofTwentySimultaneousRequestsForTheLastUseExactlyOneSucceeds() throws Exception {
        long person = certifiedOn(LocalDate.of(2026, 5, 1), "陈并发");
        use(person, "HOLIDAY_CARE", LocalDate.of(2026, 6, 1));
        List<Object> results = race(20, i -> use(person, "HOLIDAY_CARE", LocalDate.of(2026, 7, 1)));

        assertThat(results).filteredOn(RedemptionOutcome.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(r -> !(r instanceof RedemptionOutcome)).hasSize(19)
                .allSatisfy(r -> assertThat((Throwable) r).isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining("的2次已全部使用"));
        Entitlement care = entitlements.ofPerson(person, LocalDate.of(2026, 7, 1)).stream()
                .filter(e -> e.code().equals("HOLIDAY_CARE")).findFirst().orElseThrow();
        assertThat(care.usedThisYear()).isEqualTo(2);
        assertThat(entitlements.redemptionsOf(care.id())).hasSize(2);
    }

    @Test
    void twentySimultaneousCopiesOfOneRequestCountOnce() throws Exception {
        long person = certifiedOn(LocalDate.of(2026, 5, 1), "褚双击");
        RedemptionRequest request = new RedemptionRequest(person, "PARK_VISIT", LocalDate.of(2026, 7, 1),
                UUID.randomUUID().toString());
        List<Object> results = race(20, i -> entitlements.redeem(provider, request));

        assertThat(results).filteredOn(r -> r instanceof RedemptionOutcome o && !o.repeated()).hasSize(1);
        Entitlement park = entitlements.ofPerson(person, LocalDate.of(2026, 7, 1)).stream()
                .filter(e -> e.code().equals("PARK_VISIT")).findFirst().orElseThrow();
        assertThat(park.usedThisYear()).isEqualTo(1);
        assertThat(entitlements.redemptionsOf(park.id())).hasSize(1);
        assertThat(results).filteredOn(r -> !(r instanceof RedemptionOutcome))
                .allSatisfy(r -> assertThat((Throwable) r).isInstanceOf(RuleViolationException.class));
    }

    interface Attempt {
        Object run(int i) throws Exception;
    }

    /** Runs the attempt on n threads released together; answers each result or the exception it threw. */
    static List<Object> race(int n, Attempt attempt) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return attempt.run(index);
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
