package cn.jiangxin.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.MovableClock;
import jakarta.servlet.http.Cookie;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.unit.Units;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@JiangxinTest
@MovableClock
class EntitlementPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired EntitlementGrants grants;
    @Autowired Entitlements entitlements;
    @Autowired People people;
    @Autowired Units units;
    @Autowired AccountRegistry accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired VenueServices venues;
    @Autowired ServiceHolds holds;

    long person;
    String idNumber;
    String talent;

    @BeforeEach
    void setUp() {
        BenefitFixture.venueOfferingAll(staff, venues);
        BenefitFixture.setToday(clock, LocalDate.of(2026, 6, 1));
        idNumber = BenefitFixture.newIdNumber(people);
        long unit = staff.officer().unitId();
        person = people.register(new cn.jiangxin.identity.CurrentUser(0, "t", "t", Set.of(Role.SYSTEM_ADMIN), null),
                cn.jiangxin.person.PersonDraft.of("孔页面", idNumber, "13800138000", unit, LocalDate.of(2026, 1, 1)));
        grants.grant(BenefitFixture.certified(person, LocalDate.of(2026, 5, 1)));
        talent = BenefitFixture.talentAccount(accounts, jdbc, person);
    }

    RequestPostProcessor as(String username) {
        return staff.as(username);
    }

    long entitlementId(String code) {
        return entitlements.ofPerson(person, LocalDate.of(2026, 6, 1)).stream().filter(e -> e.code().equals(code))
                .findFirst().orElseThrow().id();
    }

    /** Looks the talent up as the provider: the session cookie (Spring Session) and the page's URL with the token. */
    String[] lookUp() throws Exception {
        var response = mvc.perform(post("/services/redeem/lookup").param("idNumber", idNumber).with(csrf())
                        .with(as(Staff.VENUE)))
                .andExpect(redirectedUrlPattern("/services/redeem?talent=*")).andReturn().getResponse();
        return new String[] {response.getCookie("SESSION").getValue(), response.getRedirectedUrl()};
    }

    @Test
    void aVenueFindsATalentByIdNumberSeesOnlyTheMaskedNameAndRecordsAUseOnce() throws Exception {
        mvc.perform(get("/").with(as(Staff.VENUE))).andExpect(content().string(containsString("href=\"/services/redeem\"")));
        mvc.perform(get("/services/redeem").with(as(Staff.VENUE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"idNumber\"")));
        String[] found = lookUp();
        Cookie session = new Cookie("SESSION", found[0]);
        String page = found[1];
        String html = mvc.perform(get(page).cookie(session).with(as(Staff.VENUE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("孔**", "已用 0 次，剩余 12 次").doesNotContain("孔页面", idNumber);

        Document doc = Jsoup.parse(html);
        String token = doc.selectFirst("#service-PARK_VISIT input[name=talent]").val();
        String confirm = mvc.perform(get("/services/redeem/confirm").param("talent", token).param("code", "PARK_VISIT")
                .cookie(session).with(as(Staff.VENUE))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(confirm).contains("为 孔** 登记“公园游览”一次？");
        assertThat(Breadcrumbs.problems("/services/redeem/confirm", confirm)).isEmpty();
        assertThat(entitlements.redemptionsOf(entitlementId("PARK_VISIT"))).isEmpty();
        String key = Jsoup.parse(confirm).selectFirst("#confirm-form input[name=key]").val();
        String[] expected = {"已登记“公园游览”一次，本支持年度剩余 11 次。", "这次使用此前已经登记，未重复计次。"};
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/services/redeem").param("talent", token).param("code", "PARK_VISIT").param("key", key)
                            .cookie(session).with(csrf()).with(as(Staff.VENUE)))
                    .andExpect(redirectedUrlPattern("/services/redeem?talent=*"))
                    .andExpect(flash().attribute("recordedRepeated", i == 1));
            mvc.perform(get(page).cookie(session).with(as(Staff.VENUE)))
                    .andExpect(content().string(allOf(containsString(expected[i]), containsString("已用 1 次，剩余 11 次"))));
        }
        assertThat(entitlements.redemptionsOf(entitlementId("PARK_VISIT"))).singleElement()
                .satisfies(r -> assertThat(r.providerName()).isEqualTo(staff.venue().displayName()));
    }

    @Test
    void aBookingDueTodayIsShownAndRedeemedByIdNumberAndTheTalentSeesTheUseOnce() throws Exception {
        ServiceHold hold = holds.hold(person, "HEALTH_CHECKUP", entitlements.today(), staff.venue().accountId(),
                "BOOKING:" + UUID.randomUUID());
        String[] found = lookUp();
        Cookie session = new Cookie("SESSION", found[0]);
        String token = found[1].replaceAll(".*talent=", "");
        Document page = Jsoup.parse(mvc.perform(get(found[1]).cookie(session).with(as(Staff.VENUE)))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#booked-HEALTH_CHECKUP").text()).isEqualTo("今日预约");
        assertThat(page.selectFirst("#record-HEALTH_CHECKUP").hasAttr("disabled")).isFalse();
        Document confirm = Jsoup.parse(mvc.perform(get("/services/redeem/confirm").param("talent", token)
                .param("code", "HEALTH_CHECKUP").cookie(session).with(as(Staff.VENUE))).andReturn().getResponse()
                .getContentAsString());
        assertThat(confirm.selectFirst("#confirm-booked")).isNotNull();
        assertThat(confirm.selectFirst("#confirm-record").hasAttr("disabled")).isFalse();

        mvc.perform(post("/services/redeem").param("talent", token).param("code", "HEALTH_CHECKUP")
                        .param("key", UUID.randomUUID().toString()).cookie(session).with(csrf()).with(as(Staff.VENUE)))
                .andExpect(flash().attribute("recordedBooking", entitlements.today()));
        assertThat(holds.find(hold.key()).orElseThrow().state()).isEqualTo(ServiceHold.State.USED);
        mvc.perform(get(found[1]).cookie(session).with(as(Staff.VENUE)))
                .andExpect(content().string(containsString("已按预约核销“体检”")));
        Document mine = Jsoup.parse(mvc.perform(get("/my/entitlements/" + entitlementId("HEALTH_CHECKUP"))
                .with(as(talent))).andReturn().getResponse().getContentAsString());
        assertThat(mine.select("#uses tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("预约"));
    }

    @Test
    void refusalsComeBackAsUnprocessableWithTheReason() throws Exception {
        String[] found = lookUp();
        Cookie session = new Cookie("SESSION", found[0]);
        String token = found[1].replaceAll(".*talent=", "");
        mvc.perform(post("/services/redeem").param("talent", token).param("code", "HEALTH_CHECKUP")
                        .param("key", UUID.randomUUID().toString()).cookie(session).with(csrf()).with(as(Staff.VENUE)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("“体检”须预约后使用：该人才今天在本机构没有预约")));
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/services/redeem").param("talent", token).param("code", "HOLIDAY_CARE")
                    .param("key", UUID.randomUUID().toString()).cookie(session).with(csrf()).with(as(Staff.VENUE)))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/services/redeem").param("talent", token).param("code", "HOLIDAY_CARE")
                        .param("key", UUID.randomUUID().toString()).cookie(session).with(csrf()).with(as(Staff.VENUE)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("“假期关怀慰问”本支持年度（2026年5月1日至2027年4月30日）的2次已全部使用")));

        mvc.perform(post("/services/redeem/lookup").param("idNumber", BenefitFixture.newIdNumber(people))
                        .cookie(session).with(csrf()).with(as(Staff.VENUE)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("未找到享受服务待遇的人员，请核对身份证号码")));
        mvc.perform(post("/services/redeem/lookup").param("idNumber", "110105198503121235").cookie(session)
                        .with(csrf()).with(as(Staff.VENUE)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("身份证号码校验位错误")));
        mvc.perform(post("/services/redeem").param("talent", "not-a-token").param("code", "CINEMA")
                        .param("key", UUID.randomUUID().toString()).cookie(session).with(csrf()).with(as(Staff.VENUE)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/services/redeem").param("talent", token).with(as(Staff.VENUE)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTalentSeesTheirEntitlementsWithQuotasAndEndDateAndTheyShowLapsedAfterTheLastDay() throws Exception {
        entitlements.redeem(staff.venue(),
                new RedemptionRequest(person, "PARK_VISIT", LocalDate.of(2026, 5, 20), UUID.randomUUID().toString()));
        mvc.perform(get("/").with(as(talent))).andExpect(content().string(containsString("href=\"/my/entitlements\"")));
        String html = mvc.perform(get("/my/entitlements").with(as(talent))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document doc = Jsoup.parse(html);
        assertThat(doc.selectFirst("#support-period").text()).isEqualTo("支持期：2026-05-01 至 2028-04-30（含当日）");
        var park = doc.selectFirst("tr[data-code=PARK_VISIT]");
        assertThat(park.text()).contains("公园游览", "已用 1 次，剩余 11 次", "2026-05-01 至 2028-04-30",
                "第1支持年度：2026-05-01 至 2027-04-30", "有效", "第四条第（八）项“公园游览”");
        assertThat(doc.selectFirst("tr[data-code=EXPERT_POOL]").text()).contains("优先享受，不计次数", "2028-04-30");
        assertThat(doc.select("#entitlements tbody tr")).hasSize(entitlements.ofPerson(person, LocalDate.of(2026, 6, 1)).size());

        mvc.perform(get("/my/entitlements/{id}", entitlementId("PARK_VISIT")).with(as(talent)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2026-05-20"), containsString(staff.venue().displayName()))));

        BenefitFixture.setToday(clock, LocalDate.of(2028, 5, 1));
        Document lapsed = Jsoup.parse(mvc.perform(get("/my/entitlements").with(as(talent))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(lapsed.select("#entitlements tbody tr .badge")).allSatisfy(b -> assertThat(b.text()).isEqualTo("已到期"));
    }

    @Test
    void nobodyReadsAnotherTalentsEntitlements() throws Exception {
        long other = BenefitFixture.newPerson(people, units, "曹他人");
        grants.grant(BenefitFixture.certified(other, LocalDate.of(2026, 5, 1)));
        String otherTalent = BenefitFixture.talentAccount(accounts, jdbc, other);
        mvc.perform(get("/my/entitlements/{id}", entitlementId("CINEMA")).with(as(otherTalent)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/entitlements/{id}", entitlementId("CINEMA")).with(as(talent))).andExpect(status().isOk());

        if (!accounts.exists("talent-unlinked")) {
            accounts.create(new NewAccount("talent-unlinked", "未关联", BenefitFixture.PASSWORD, Set.of(Role.TALENT), null, false));
        }
        mvc.perform(get("/my/entitlements").with(as("talent-unlinked"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("您的账号尚未关联人员信息"), not(containsString("公园游览")))));
        mvc.perform(get("/my/entitlements/{id}", entitlementId("CINEMA")).with(as("talent-unlinked")))
                .andExpect(status().isNotFound());

        mvc.perform(get("/my/entitlements").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/services/redeem").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/benefits/people/{id}", person).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/my/entitlements").with(as(Staff.VENUE))).andExpect(status().isForbidden());
        mvc.perform(get("/services/redeem").with(as(talent))).andExpect(status().isForbidden());
        mvc.perform(post("/services/redeem/lookup").param("idNumber", idNumber).with(csrf()).with(as(talent)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/benefits/people/{id}", person).with(as(talent))).andExpect(status().isForbidden());
        mvc.perform(get("/benefits/people/{id}", person).with(as(Staff.OFFICER))).andExpect(status().isForbidden());
    }

    @Test
    void bureauStaffSeeAPersonsEntitlementsAndUses() throws Exception {
        entitlements.redeem(staff.venue(),
                new RedemptionRequest(person, "CINEMA", LocalDate.of(2026, 5, 21), UUID.randomUUID().toString()));
        mvc.perform(get("/benefits/people/{id}", person).with(as(Staff.REVIEWER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("孔页面 的服务待遇"), containsString("已用 1 次，剩余 5 次"),
                        containsString("2026-05-21"), containsString(staff.venue().displayName()), not(containsString(idNumber)))));
        mvc.perform(get("/people/{id}", person).with(as(Staff.REVIEWER)))
                .andExpect(content().string(containsString("/benefits/people/" + person)));
        mvc.perform(get("/benefits/people/{id}", 999_999).with(as(Staff.REVIEWER))).andExpect(status().isNotFound());
        mvc.perform(get("/my/entitlements").with(as(talent)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("My benefits"), containsString("Park visit"),
                        containsString("Used 1, 5 left"))));
    }
}
