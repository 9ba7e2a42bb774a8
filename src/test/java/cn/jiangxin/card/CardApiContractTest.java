package cn.jiangxin.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.certification.CertificationRevocations;
import cn.jiangxin.certification.RevocationKind;
import cn.jiangxin.identity.AccountApiTokens;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestAccounts;
import cn.jiangxin.testsupport.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Contract talent-card-v1: every endpoint and every refusal code. */
@JiangxinTest
@MovableClock
class CardApiContractTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Staff staff;
    @Autowired MutableClock clock;
    @Autowired CardIssuer issuer;
    @Autowired CertificationRevocations revocations;
    @Autowired AccountApiTokens apiTokens;
    @Autowired JdbcClient jdbc;
    @Autowired cn.jiangxin.person.People people;

    CardFixture fixture;
    CurrentUser venue;

    @BeforeEach
    void setUp() {
        fixture = new CardFixture(context);
        venue = fixture.venueOfferingAll();
    }

    ResultActions verify(String token) throws Exception {
        return mvc.perform(post("/api/v1/cards/verifications").with(staff.as(venue)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\": \"" + token + "\"}"));
    }

    ResultActions redeem(CurrentUser by, String token, String service, String scanId) throws Exception {
        return mvc.perform(post("/api/v1/cards/redemptions").with(staff.as(by)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\": \"" + token + "\", \"service\": \"" + service + "\", \"scanId\": \"" + scanId + "\"}"));
    }

    void refusedWith(String token, String code) throws Exception {
        verify(token).andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.code").value(code));
        redeem(venue, token, "PARK_VISIT", UUID.randomUUID().toString()).andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    static String payloadJson(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    static String withPayload(String token, String json) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    @Test
    void theKeysArePublishedToAnyoneAsUncompressedSm2Points() throws Exception {
        var t = fixture.certified();
        String kid = CardToken.parse(fixture.token(t)).orElseThrow().kid();
        mvc.perform(get("/api/v1/cards/keys")).andExpect(status().isOk())
                .andExpect(jsonPath("$.keys[0].kid").value(kid))
                .andExpect(jsonPath("$.keys[0].alg").value("SM2"))
                .andExpect(jsonPath("$.keys[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.keys[0].publicKey").value(org.hamcrest.Matchers.matchesPattern("04[0-9a-f]{128}")));
    }

    @Test
    void aValidTokenVerifiesAndRedeemsOnceAndTheSameScanIdAnswersTheSame() throws Exception {
        var t = fixture.certified();
        String token = fixture.token(t);
        verify(token).andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.cn").value(t.cn()))
                .andExpect(jsonPath("$.nm").value(org.hamcrest.Matchers.matchesPattern(".\\*+")))
                .andExpect(jsonPath("$.to").value(t.certification().supportLastDay().toString()));
        String scanId = UUID.randomUUID().toString();
        String first = redeem(venue, token, "CINEMA", scanId).andExpect(status().isCreated())
                .andExpect(jsonPath("$.result").value("REDEEMED"))
                .andExpect(jsonPath("$.scanId").value(scanId))
                .andExpect(jsonPath("$.cn").value(t.cn()))
                .andExpect(jsonPath("$.service").value("CINEMA"))
                .andExpect(jsonPath("$.supportYear").value(1))
                .andExpect(jsonPath("$.usedThisYear").value(1))
                .andExpect(jsonPath("$.quotaPerYear").value(6))
                .andExpect(jsonPath("$.remaining").value(5))
                .andReturn().getResponse().getContentAsString();
        String again = redeem(venue, token, "CINEMA", scanId).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(first);
        redeem(venue, fixture.token(t), "CINEMA", UUID.randomUUID().toString()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.usedThisYear").value(2));
        // the repeated scan id still answers what it answered first, not today's count
        assertThat(redeem(venue, token, "CINEMA", scanId).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CARD_REDEEMED' AND detail LIKE ?")
                .param("%scanId=" + scanId + "%").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theSameScanIdWithAnotherTokenOrServiceIsRefused() throws Exception {
        var t = fixture.certified();
        String scanId = UUID.randomUUID().toString();
        redeem(venue, fixture.token(t), "CINEMA", scanId).andExpect(status().isCreated());
        clock.advance(Duration.ofSeconds(1));
        redeem(venue, fixture.token(t), "CINEMA", scanId).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SCAN_ID_REUSED"));
    }

    @Test
    void malformedTokensAndForgeriesAreRefusedWithTheirCodes() throws Exception {
        var t = fixture.certified();
        String token = fixture.token(t);
        refusedWith("not a token", "INVALID_TOKEN");
        refusedWith("JXC1.e30.AAAA", "INVALID_TOKEN");
        refusedWith(token + "=", "INVALID_TOKEN");

        String json = payloadJson(token);
        String oneCharacter = json.replaceFirst("\"exp\":(\\d+)\\d", "\"exp\":$1" + (json.charAt(json.length() - 2) == '0' ? "1" : "0"));
        assertThat(oneCharacter).hasSameSizeAs(json).isNotEqualTo(json);
        refusedWith(withPayload(token, oneCharacter), "BAD_SIGNATURE");

        clock.advance(Duration.ofSeconds(1));
        String other = fixture.token(t);
        refusedWith(token.substring(0, token.lastIndexOf('.')) + other.substring(other.lastIndexOf('.')), "BAD_SIGNATURE");

        var stranger = Sm2.newKeyPair();
        String signed = CardToken.signedText(json.replace(CardToken.parse(token).orElseThrow().kid(), "1999-01"));
        refusedWith(CardToken.withSignature(signed, Sm2.sign(stranger.getPrivate(), signed.getBytes(StandardCharsets.US_ASCII))),
                "UNKNOWN_KEY");

        long now = clock.instant().getEpochSecond();
        refusedWith(issuer.issue(t.certification(), now, now + 301).token(), "INVALID_TOKEN");
        refusedWith(issuer.issue(t.certification(), now - 400, now - 100).token(), "EXPIRED");
        refusedWith(issuer.issue(t.certification(), now + 120, now + 300).token(), "NOT_YET_VALID");
        // the tolerance of 60 s either way
        verify(issuer.issue(t.certification(), now - 350, now - 50).token()).andExpect(jsonPath("$.valid").value(true));
        verify(issuer.issue(t.certification(), now + 50, now + 200).token()).andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void aTokenOutsideItsSupportPeriodIsRefused() throws Exception {
        var t = fixture.certified();
        fixture.cases.setClock(t.certification().supportEndExclusive(), LocalTime.of(9, 0));
        long now = clock.instant().getEpochSecond();
        refusedWith(issuer.issue(t.certification(), now, now + 180).token(), "OUTSIDE_SUPPORT_PERIOD");
    }

    @Test
    void aRevokedCertificateIsListedAndRefusedAtOnce() throws Exception {
        var t = fixture.certified();
        String token = fixture.token(t);
        verify(token).andExpect(jsonPath("$.valid").value(true));
        revocations.revoke(staff.approver(), t.certification().id(), RevocationKind.REVOKED, "提供虚假材料");
        refusedWith(token, "REVOKED");
        mvc.perform(get("/api/v1/cards/revocations")).andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value(clock.instant().toString()))
                .andExpect(jsonPath("$.revoked[?(@.cn == '" + t.cn() + "')].since").value(clock.instant().toString()));
        mvc.perform(get("/api/v1/cards/mine").with(staff.as(t.account()))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/verify/" + t.certification().verificationCode()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("verify-revoked-since")));
    }

    @Test
    void servicesAreRefusedWhenUnknownNotOfferedOrUsedUp() throws Exception {
        var t = fixture.certified();
        redeem(venue, fixture.token(t), "SWIMMING", UUID.randomUUID().toString()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UNKNOWN_SERVICE"));
        redeem(fixture.parkOnlyVenue(), fixture.token(t), "CINEMA", UUID.randomUUID().toString())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("SERVICE_NOT_OFFERED"));
        redeem(venue, fixture.token(t), "HOLIDAY_CARE", UUID.randomUUID().toString()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.remaining").value(1));
        redeem(venue, fixture.token(t), "HOLIDAY_CARE", UUID.randomUUID().toString()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.remaining").value(0));
        redeem(venue, fixture.token(t), "HOLIDAY_CARE", UUID.randomUUID().toString())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("QUOTA_EXHAUSTED"));
    }

    @Test
    void aServiceByAppointmentWithoutABookingTodayIsRefusedWithBookingRequiredAndWithOneIsRedeemed() throws Exception {
        var t = fixture.certified();
        String token = fixture.token(t);
        redeem(venue, token, "HEALTH_CHECKUP", UUID.randomUUID().toString()).andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("BOOKING_REQUIRED"))
                .andExpect(jsonPath("$.detail").value("这项服务须预约后使用：该人才今天在本机构没有预约。"));
        verifyFor(token, "HEALTH_CHECKUP").andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.code").value("BOOKING_REQUIRED"));
        verify(token).andExpect(jsonPath("$.valid").value(true));
        verifyFor(token, "PARK_VISIT").andExpect(jsonPath("$.valid").value(true));

        context.getBean(cn.jiangxin.benefit.ServiceHolds.class).hold(t.account().personId(), "HEALTH_CHECKUP",
                fixture.entitlements.today(), venue.accountId(), "BOOKING:" + UUID.randomUUID());
        verifyFor(token, "HEALTH_CHECKUP").andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.cn").value(t.cn()));
        String scanId = UUID.randomUUID().toString();
        for (var expected : List.of(status().isCreated(), status().isOk())) {
            redeem(venue, token, "HEALTH_CHECKUP", scanId).andExpect(expected)
                    .andExpect(jsonPath("$.result").value("REDEEMED"))
                    .andExpect(jsonPath("$.usedThisYear").value(1)).andExpect(jsonPath("$.remaining").value(0));
        }
        redeem(venue, token, "HEALTH_CHECKUP", UUID.randomUUID().toString()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("BOOKING_REQUIRED"));
    }

    ResultActions verifyFor(String token, String service) throws Exception {
        return mvc.perform(post("/api/v1/cards/verifications").with(staff.as(venue)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\": \"" + token + "\", \"service\": \"" + service + "\"}"));
    }

    @Test
    void theTalentGetsAFreshTokenAndOneWithoutCertificationA404() throws Exception {
        var t = fixture.certified();
        String body = mvc.perform(get("/api/v1/cards/mine").with(staff.as(t.account()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.expiresAt").value(clock.instant().plusSeconds(CardIssuer.LIFETIME).toString()))
                .andReturn().getResponse().getContentAsString();
        String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        verify(token).andExpect(jsonPath("$.valid").value(true)).andExpect(jsonPath("$.cn").value(t.cn()));

        long person = TestPeople.register(people, staff.officer(), "无证人", cn.jiangxin.person.Sex.MALE,
                java.time.LocalDate.of(1980, 1, 1), 9000);
        TestAccounts.talent(context.getBean(cn.jiangxin.identity.AccountRegistry.class), jdbc, "card-none-" + person, "无证人",
                Staff.PASSWORD, person);
        mvc.perform(get("/api/v1/cards/mine").with(staff.as("card-none-" + person))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void venuesAuthenticateWithTheirApiTokenOthersAre401Or403() throws Exception {
        var t = fixture.certified();
        String body = "{\"token\": \"" + fixture.token(t) + "\"}";
        mvc.perform(post("/api/v1/cards/verifications").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/cards/verifications").with(staff.as(staff.reviewer()))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        String apiToken = apiTokens.issue(staff.admin(), venue.accountId());
        mvc.perform(post("/api/v1/cards/verifications").header("Authorization", "Bearer " + apiToken)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));
        mvc.perform(post("/api/v1/cards/redemptions").header("Authorization", "Bearer " + apiToken)
                .contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"" + fixture.token(t)
                        + "\", \"service\": \"PARK_VISIT\", \"scanId\": \"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isCreated());
        long id = apiTokens.of(venue.accountId()).get(0).id();
        apiTokens.revoke(staff.admin(), venue.accountId(), id);
        mvc.perform(post("/api/v1/cards/verifications").header("Authorization", "Bearer " + apiToken)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/cards/verifications").header("Authorization", "Bearer jx-demo-venue-2025")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
    }

    @Test
    void nothingAClientSendsYieldsA500() throws Exception {
        var t = fixture.certified();
        for (String body : new String[] {"", "{", "[]", "null", "{\"token\": 5}", "{\"token\": null}",
                "{\"token\": \"" + fixture.token(t) + "\", \"service\": \"PARK_VISIT\", \"scanId\": \"not-a-uuid\"}",
                "{\"token\": \"" + fixture.token(t) + "\"}", "{\"token\": [\"x\"], \"service\": {}, \"scanId\": 1}"}) {
            int verifyStatus = mvc.perform(post("/api/v1/cards/verifications").with(staff.as(venue))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
            int redeemStatus = mvc.perform(post("/api/v1/cards/redemptions").with(staff.as(venue))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
            assertThat(verifyStatus).as(body).isLessThan(500);
            assertThat(redeemStatus).as(body).isIn(400, 422);
        }
    }
}
