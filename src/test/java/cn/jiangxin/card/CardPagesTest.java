package cn.jiangxin.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import cn.jiangxin.certification.CertificationRevocations;
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
import org.springframework.test.web.servlet.MockMvc;

/** The talent's card, the venue's scan page, revocation, key rotation and venue API tokens, as pages. */
@JiangxinTest
@MovableClock
class CardPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Staff staff;
    @Autowired MutableClock clock;
    @Autowired CardVerifications verifications;
    @Autowired CertificationRevocations revocations;
    @Autowired JdbcClient jdbc;

    CardFixture fixture;
    CurrentUser venue;

    @BeforeEach
    void setUp() {
        fixture = new CardFixture(context);
        venue = fixture.venueOfferingAll();
    }

    Document page(String path, CurrentUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(staff.as(as))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    Document postFragment(String path, CurrentUser as, String... params) throws Exception {
        var request = post(path).with(staff.as(as)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theTalentSeesAFreshCodeTheCountdownAndTheUsesLeft() throws Exception {
        var t = fixture.certified();
        Document card = page("/my/card", t.account());
        assertThat(card.selectFirst("#card-name").text()).isEqualTo(t.certification().personName());
        assertThat(card.selectFirst("#card-qr").attr("hx-trigger")).isEqualTo("every 60s");
        assertThat(card.selectFirst("#card-qr-image").attr("src")).startsWith("data:image/png;base64,");
        String token = card.selectFirst("#card-qr-image").attr("data-token");
        assertThat(verifications.verify(token).valid()).isTrue();
        assertThat(card.selectFirst("#card-countdown").attr("data-expires"))
                .isEqualTo(String.valueOf(clock.instant().plusSeconds(CardIssuer.LIFETIME).toEpochMilli()));
        assertThat(card.selectFirst("#card-service-HEALTH_CHECKUP").text()).contains("剩余 1 次");
        assertThat(card.select(".jx-crumbs")).isNotEmpty();
        assertThat(card.select("script:not([src])")).isEmpty();

        clock.advance(Duration.ofSeconds(60));
        Document refreshed = page("/my/card/qr", t.account());
        String next = refreshed.selectFirst("#card-qr-image").attr("data-token");
        assertThat(next).isNotEqualTo(token);
        assertThat(verifications.verify(next).valid()).isTrue();
    }

    @Test
    void aRevokedTalentSeesWhyThereIsNoCard() throws Exception {
        var t = fixture.certified();
        mvc.perform(post("/certifications/" + t.certification().id() + "/revocation").with(staff.as(staff.reviewer()))
                .with(csrf()).param("kind", "REVOKED").param("reason", "材料不实")).andExpect(status().isForbidden());
        Document form = page("/certifications/" + t.certification().id() + "/revocation", staff.approver());
        assertThat(form.select("#revoke-submit")).hasSize(1);
        mvc.perform(post("/certifications/" + t.certification().id() + "/revocation").with(staff.as(staff.approver()))
                .with(csrf()).param("kind", "REVOKED").param("reason", "")).andExpect(status().isUnprocessableContent());
        assertThat(revocations.of(t.certification().id())).isEmpty();
        mvc.perform(post("/certifications/" + t.certification().id() + "/revocation").with(staff.as(staff.approver()))
                .with(csrf()).param("kind", "REVOKED").param("reason", "材料不实")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("revoked", true));
        assertThat(page("/certifications/" + t.certification().id() + "/revocation", staff.approver())
                .selectFirst("#revocation-state").text()).contains("撤销认定", "材料不实");
        Document card = page("/my/card", t.account());
        assertThat(card.select("#card-qr-image")).isEmpty();
        assertThat(card.selectFirst("#card-none").text()).contains("材料不实", "已失效");
        assertThat(page("/verify/" + t.certification().verificationCode(), t.account()).selectFirst("#verify-status")
                .text()).contains("撤销");
        String number = t.certification().certificateNo();
        assertThat(page("/certifications?status=revoked&q=" + t.certification().personName(), staff.approver())
                .select("tbody tr").stream().filter(r -> r.text().contains(number)).findFirst().orElseThrow().text())
                .contains("已撤销").doesNotContain("有效").doesNotContain("撤销/终止");
        assertThat(page("/certifications?status=active&q=" + t.certification().personName(), staff.approver())
                .select("tbody tr").text()).doesNotContain(number);
        assertThat(page("/my/certification", t.account()).text()).contains("已撤销");
    }

    @Test
    void aVenueScansConfirmsAndASecondScanOfTheCodeIsRefusedWithWhenAndWhere() throws Exception {
        var t = fixture.certified();
        String token = fixture.token(t);
        Document scan = page("/venue/scan", venue);
        assertThat(scan.selectFirst("#scan-token").hasAttr("autofocus")).isTrue();
        assertThat(scan.select("#scan-service option")).hasSize(4);
        assertThat(scan.select("script:not([src])")).isEmpty();

        Document verified = postFragment("/venue/scan/verify", venue, "token", token, "service", "CINEMA");
        assertThat(verified.selectFirst("#scan-outcome").attr("data-outcome")).isEqualTo("valid");
        assertThat(verified.selectFirst("#scan-cn").text()).isEqualTo(t.cn());
        assertThat(verified.selectFirst("#scan-left").text()).contains("剩余 6 次");
        String scanId = verified.selectFirst("input[name=scanId]").val();

        Document recorded = postFragment("/venue/scan/redeem", venue, "token", token, "service", "CINEMA", "scanId", scanId);
        assertThat(recorded.selectFirst("#scan-outcome").attr("data-outcome")).isEqualTo("redeemed");
        assertThat(recorded.selectFirst("#scan-left").text()).contains("剩余 5 次");
        assertThat(recorded.selectFirst("#scan-today").attr("hx-swap-oob")).isEqualTo("true");
        assertThat(recorded.select("#scan-today-list li")).isNotEmpty();

        Document again = postFragment("/venue/scan/verify", venue, "token", token, "service", "CINEMA");
        assertThat(again.selectFirst("#scan-outcome").attr("data-outcome")).isEqualTo("refused");
        assertThat(again.selectFirst("#scan-used").text()).contains("测试服务点", "观影");
        assertThat(again.select("#scan-confirm")).isEmpty();

        Document repeated = postFragment("/venue/scan/redeem", venue, "token", token, "service", "CINEMA", "scanId", scanId);
        assertThat(repeated.selectFirst("#scan-redeemed").text()).contains("没有重复计次");
        assertThat(repeated.selectFirst("#scan-left").text()).contains("剩余 5 次");

        Document refused = postFragment("/venue/scan/verify", venue, "token", "JXC1.garbage.x", "service", "CINEMA");
        assertThat(refused.selectFirst("#scan-outcome").attr("data-outcome")).isEqualTo("refused");
        assertThat(refused.selectFirst("#scan-reason").text()).contains("不是有效的人才卡二维码");

        long use = Long.parseLong(recorded.selectFirst("#scan-today-list li").id().replace("scan-today-", ""));
        mvc.perform(post("/venue/scan/uses/" + use + "/undo").with(staff.as(venue)).with(csrf()).param("service", "CINEMA"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/venue/scan", venue).selectFirst("#scan-today-" + use).text()).contains("已撤销");
    }

    @Test
    void administratorsRotateTheKeyAndTokensOfTheOldKeyVerifyUntilTheyExpire() throws Exception {
        var t = fixture.certified();
        String before = fixture.token(t);
        String oldKid = CardToken.parse(before).orElseThrow().kid();
        mvc.perform(post("/admin/card-keys/rotation").with(staff.as(staff.venue())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/card-keys/rotation").with(staff.as(staff.admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String after = fixture.token(t);
        String newKid = CardToken.parse(after).orElseThrow().kid();
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(verifications.verify(before).valid()).isTrue();
        assertThat(verifications.verify(after).valid()).isTrue();
        Document keys = page("/admin/card-keys", staff.admin());
        assertThat(keys.selectFirst("#key-" + oldKid).text()).contains("已停用");
        assertThat(keys.selectFirst("#key-" + newKid).text()).contains("正在使用");
        String published = mvc.perform(get("/api/v1/cards/keys")).andReturn().getResponse().getContentAsString();
        assertThat(published).contains("\"kid\":\"" + oldKid + "\"", "RETIRED", "\"kid\":\"" + newKid + "\"");

        clock.advance(CardKeys.RETIRED_PUBLISHED.plusSeconds(1));
        assertThat(verifications.verify(before).refusal()).isIn(CardRefusal.UNKNOWN_KEY, CardRefusal.EXPIRED);
        assertThat(mvc.perform(get("/api/v1/cards/keys")).andReturn().getResponse().getContentAsString())
                .doesNotContain("\"kid\":\"" + oldKid + "\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM card_signing_key WHERE private_key_sealed LIKE 'k%:%'")
                .query(Long.class).single()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM card_signing_key").query(Long.class).single());
    }

    @Test
    void administratorsIssueAVenueTokenShownOnceAndRevokeIt() throws Exception {
        var result = mvc.perform(post("/admin/venues/" + venue.accountId() + "/api-tokens").with(staff.as(staff.admin()))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String issued = (String) result.getFlashMap().get("issuedToken");
        assertThat(issued).startsWith("jx_").hasSize(67);
        Document page = page("/admin/venues/" + venue.accountId(), staff.admin());
        assertThat(page.text()).doesNotContain(issued);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?").param(issued).query(Long.class).single())
                .isZero();
        assertThat(page.select("#venue-tokens li")).isNotEmpty();
    }
}
