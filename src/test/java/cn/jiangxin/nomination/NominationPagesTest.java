package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.PdfBytes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@JiangxinTest
class NominationPagesTest {

    static final byte[] PDF = PdfBytes.minimal();

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired AccountRegistry accounts;
    @Autowired JdbcClient jdbc;

    long otherUnitsPerson;
    long ownUnitsPerson;
    cn.jiangxin.person.PersonView opened;

    @BeforeEach
    void setUp() {
        otherUnitsPerson = TestPeople.named(people, staff.officer2(), "钱程远", cn.jiangxin.person.Sex.MALE);
        ownUnitsPerson = TestPeople.named(people, staff.officer(), "李娜", cn.jiangxin.person.Sex.FEMALE);
        if (!accounts.exists("page-both")) {
            accounts.create(new NewAccount("page-both", "双角色", "Four-Eyes-2025x", Set.of(Role.REVIEWER, Role.APPROVER),
                    null, false));
        }
    }

    RequestPostProcessor as(String name) {
        return staff.as(name);
    }

    /** A draft for a woman newly registered in the officer's unit (a person has one open case at a time). */
    long open() throws Exception {
        long person = TestPeople.register(people, staff.officer(), "邵丽娜", cn.jiangxin.person.Sex.FEMALE);
        opened = people.find(person).orElseThrow();
        String url = mvc.perform(post("/nominations").param("person", String.valueOf(person)).with(csrf()).with(as(Staff.OFFICER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(url).matches("/nominations/\\d+/edit");
        return Long.parseLong(url.replaceAll("\\D", ""));
    }

    /** The complete form; {@code overrides} are name, value pairs that replace a field. */
    MockHttpServletRequestBuilder save(long id, String... overrides) {
        return formPost("/nominations/" + id, overrides);
    }

    /** The complete form posted to the live eligibility panel instead of saving it. */
    MockHttpServletRequestBuilder live(long id, String... overrides) {
        return formPost("/nominations/" + id + "/eligibility", overrides);
    }

    private MockHttpServletRequestBuilder formPost(String url, String... overrides) {
        var fields = new java.util.LinkedHashMap<String, String>();
        String[] base = {"ethnicity", "汉族", "politicalStatus", "中共党员", "education", "大学专科", "occupation", "焊工",
                "skillLevel", "LEVEL_1", "achievements[0].kind", "COMPETITION", "achievements[0].competition", "NATIONAL",
                "achievements[0].place", "2", "achievements[0].achievedOn", "2025-09-20",
                "achievements[0].description", "全国职业技能大赛焊接项目第二名", "achievements[1].kind", "",
                "accomplishments", "长期从事焊接", "unitOpinion", "同意推荐", "trainingUnitId", "",
                "retirementCategory", "FEMALE_50"};
        for (int i = 0; i < base.length; i += 2) {
            fields.put(base[i], base[i + 1]);
        }
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        var request = post(url).with(csrf()).with(as(Staff.OFFICER));
        fields.forEach(request::param);
        return request;
    }

    @Test
    void anOfficerOpensSavesAndResumesADraftForAPersonOfTheirUnit() throws Exception {
        // the unit may have more people than the page lists at once (other tests add some): ask for the one
        mvc.perform(get("/nominations/new").param("person", String.valueOf(ownUnitsPerson)).with(as(Staff.OFFICER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("李娜")));
        mvc.perform(get("/nominations/new").param("person", String.valueOf(otherUnitsPerson)).with(as(Staff.OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/nominations/new").with(as(Staff.OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("钱程远"))));
        long id = open();
        mvc.perform(get("/nominations/{id}/edit", id).with(as(Staff.OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(opened.idNumber().masked()),
                        not(containsString(opened.idNumber().value())), containsString(Staff.UNIT))));
        mvc.perform(save(id)).andExpect(redirectedUrl("/nominations/" + id + "/edit"))
                .andExpect(flash().attribute("saved", true));
        NominationView saved = nominations.requireVisible(staff.officer(), id);
        assertThat(saved.draft().skillLevel()).isEqualTo(SkillLevel.LEVEL_1);
        assertThat(saved.draft().achievements()).singleElement()
                .satisfies(a -> assertThat(a.place()).isEqualTo(2));
        mvc.perform(get("/nominations/{id}/edit", id).with(as(Staff.OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("全国职业技能大赛焊接项目第二名"), containsString("同意推荐"))));
        mvc.perform(get("/nominations").with(as(Staff.OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("邵丽娜")));
    }

    @Test
    void errorsAppearNextToTheirFieldAndNothingIsHalfSaved() throws Exception {
        long id = open();
        mvc.perform(save(id)).andExpect(status().is3xxRedirection());
        mvc.perform(save(id, "ethnicity", "回族", "achievements[0].place", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("第1项业绩：请填写名次（正整数）"), containsString("is-invalid"))));
        mvc.perform(save(id, "achievements[0].place", "第二"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请检查标出的输入项格式")));
        assertThat(nominations.requireVisible(staff.officer(), id).draft().ethnicity()).isEqualTo("汉族");
    }

    @Test
    void aWomanCannotBeGivenTheMensRetirementCategory() throws Exception {
        long id = open();
        mvc.perform(save(id)).andExpect(status().is3xxRedirection());
        mvc.perform(save(id, "retirementCategory", "MALE_60", "ethnicity", "回族")).andExpect(status().isOk())
                .andExpect(content().string(containsString("退休类别只需为女性选择")));
        assertThat(nominations.requireVisible(staff.officer(), id).draft().retirementCategory())
                .isEqualTo(cn.jiangxin.policy.RetirementCategory.FEMALE_50);
        mvc.perform(live(id, "retirementCategory", "MALE_60")).andExpect(status().isOk())
                .andExpect(content().string(containsString("请先选择退休类别")));

        // a draft saved with it before this rule existed still opens
        jdbc.sql("UPDATE nomination SET retirement_category = 'MALE_60' WHERE id = ?").param(id).update();
        mvc.perform(get("/nominations/{id}", id).with(as(Staff.OFFICER))).andExpect(status().isOk());
        mvc.perform(get("/nominations/{id}/edit", id).with(as(Staff.OFFICER))).andExpect(status().isOk());
    }

    @Test
    void otherUnitsPeopleAndCasesAnswer404() throws Exception {
        long before = count();
        mvc.perform(post("/nominations").param("person", String.valueOf(otherUnitsPerson)).with(csrf()).with(as(Staff.OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/nominations/new").param("person", String.valueOf(otherUnitsPerson)).with(as(Staff.OFFICER)))
                .andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);
        long id = open();
        mvc.perform(get("/nominations/{id}", id).with(as(Staff.OFFICER2))).andExpect(status().isNotFound());
        mvc.perform(get("/nominations/{id}/edit", id).with(as(Staff.OFFICER2))).andExpect(status().isNotFound());
        mvc.perform(post("/nominations/{id}", id).param("ethnicity", "x").with(csrf()).with(as(Staff.OFFICER2)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/nominations/{id}/actions/WITHDRAW", id).param("reason", "x").with(csrf()).with(as(Staff.OFFICER2)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/nominations").with(as(Staff.OFFICER2))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("邵丽娜"))));
        // an unsubmitted draft is the unit's own: Bureau staff do not see it either
        mvc.perform(get("/nominations/{id}", id).with(as(Staff.REVIEWER))).andExpect(status().isNotFound());
        mvc.perform(get("/nominations/new").with(as(Staff.REVIEWER))).andExpect(status().isForbidden());
        mvc.perform(get("/nominations").with(as(Staff.FINANCE))).andExpect(status().isForbidden());
    }

    @Test
    void submissionNeedsTheFilesThenReviewAndFourEyesAreEnforcedThroughThePages() throws Exception {
        long id = open();
        mvc.perform(save(id)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/nominations/{id}/actions/SUBMIT", id).with(csrf()).with(as(Staff.OFFICER)))
                .andExpectAll(status().isUnprocessableEntity(),
                        content().string(org.hamcrest.Matchers.containsString("还不能提交：请至少填写一项业绩并上传其证明材料；请上传签字盖章后的推荐表扫描件")));
        upload(id, "EVIDENCE", "0");
        upload(id, "STAMPED_FORM", null);
        mvc.perform(post("/nominations/{id}/actions/SUBMIT", id).with(csrf()).with(as(Staff.OFFICER)))
                .andExpect(flash().attribute("done", "SUBMIT"));
        mvc.perform(post("/nominations/{id}/actions/TAKE", id).with(csrf()).with(as("page-both")))
                .andExpect(flash().attribute("done", "TAKE"));
        mvc.perform(post("/nominations/{id}/actions/PASS", id).with(csrf()).with(as("page-both")))
                .andExpectAll(status().isUnprocessableEntity(),
                        content().string(org.hamcrest.Matchers.containsString("还不能初审通过：第1项业绩尚未核实")));
        mvc.perform(post("/nominations/{id}/achievements/0/check", id).param("outcome", "CONFIRMED").with(csrf())
                .with(as("page-both"))).andExpect(flash().attribute("checked", 1));
        mvc.perform(post("/nominations/{id}/actions/PASS", id).with(csrf()).with(as("page-both")))
                .andExpect(flash().attribute("done", "PASS"));
        mvc.perform(post("/nominations/{id}/actions/APPROVE_FOR_NOTICE", id).with(csrf()).with(as("page-both")))
                .andExpectAll(status().isUnprocessableEntity(),
                        content().string(org.hamcrest.Matchers.containsString("您参与了此案件的初审，按双人复核规定不能复审通过")));
        mvc.perform(post("/nominations/{id}/actions/TAKE", id).with(csrf()).with(as(Staff.OFFICER)))
                .andExpectAll(status().isUnprocessableEntity(),
                        content().string(org.hamcrest.Matchers.containsString("案件当前状态为“初审通过”，不能受理")));
        mvc.perform(post("/nominations/{id}/actions/APPROVE_FOR_NOTICE", id).with(csrf()).with(as(Staff.APPROVER)))
                .andExpect(flash().attribute("done", "APPROVE_FOR_NOTICE"));
        mvc.perform(get("/nominations/{id}", id).with(as(Staff.OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("复审通过待公示"), containsString("证书.pdf"))));
    }

    /** The ids of the action buttons and forms, and of the first verification form, on the case page for the user. */
    private Set<String> offered(long id, String username) throws Exception {
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/nominations/{id}", id).with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Set<String> ids = new java.util.TreeSet<>();
        page.select("[id^=action-], #check-submit-0").forEach(e -> ids.add(e.id()));
        return ids;
    }

    @Test
    void theCasePageOffersEachUserWhatTheWorkflowsRulesAllowThem() throws Exception {
        long id = open();
        mvc.perform(save(id)).andExpect(status().is3xxRedirection());
        upload(id, "EVIDENCE", "0");
        upload(id, "STAMPED_FORM", null);
        mvc.perform(post("/nominations/{id}/actions/SUBMIT", id).with(csrf()).with(as(Staff.OFFICER)))
                .andExpect(flash().attribute("done", "SUBMIT"));
        assertThat(offered(id, Staff.REVIEWER)).containsExactly("action-TAKE");
        mvc.perform(post("/nominations/{id}/actions/TAKE", id).with(csrf()).with(as("page-both")))
                .andExpect(flash().attribute("done", "TAKE"));

        assertThat(offered(id, "page-both")).containsExactly("action-PASS", "action-RETURN", "check-submit-0");
        assertThat(offered(id, Staff.REVIEWER)).as("not the holder").isEmpty();
        assertThat(offered(id, Staff.OFFICER)).containsExactly("action-WITHDRAW");

        mvc.perform(post("/nominations/{id}/achievements/0/check", id).param("outcome", "CONFIRMED").with(csrf())
                .with(as("page-both"))).andExpect(flash().attribute("checked", 1));
        mvc.perform(post("/nominations/{id}/actions/PASS", id).with(csrf()).with(as("page-both")))
                .andExpect(flash().attribute("done", "PASS"));
        assertThat(offered(id, "page-both")).as("four-eyes").isEmpty();
        assertThat(offered(id, Staff.APPROVER)).containsExactly("action-APPROVE_FOR_NOTICE", "action-REJECT");

        mvc.perform(post("/nominations/{id}/actions/APPROVE_FOR_NOTICE", id).with(csrf()).with(as(Staff.APPROVER)))
                .andExpect(flash().attribute("done", "APPROVE_FOR_NOTICE"));
        assertThat(offered(id, Staff.OFFICER)).as("no withdrawal after the approver's decision").isEmpty();
        assertThat(offered(id, Staff.APPROVER)).containsExactly("action-OPEN_NOTICE");
    }

    @Test
    void theFormShowsTheLiveEligibilityOfWhatIsTypedWithoutSavingIt() throws Exception {
        long id = open();
        mvc.perform(get("/nominations/{id}/edit", id).with(as(Staff.OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请先选择退休类别")));
        mvc.perform(live(id, "retirementCategory", "FEMALE_50"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"check-WORKING_AGE\""),
                        containsString("待上传盖章推荐表"), containsString("第（一）项 竞赛名次"))));
        assertThat(nominations.requireVisible(staff.officer(), id).draft().achievements())
                .as("nothing saved").isEmpty();
        mvc.perform(live(id, "achievements[0].place", "第二"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请检查名次和日期的格式")));
        mvc.perform(live(id, "achievements[0].kind", "HONOR", "achievements[0].honour", "NOT_A_CODE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"decision\"")));
        mvc.perform(post("/nominations/{id}/eligibility", id).with(csrf()).with(as(Staff.OFFICER2)))
                .andExpect(status().isNotFound());
    }

    @Test
    void evidenceFollowsItsAchievementWhenAnEarlierOneIsDroppedAndGoesWithADroppedOne() throws Exception {
        long id = open();
        mvc.perform(save(id, "achievements[1].kind", "HONOR", "achievements[1].honour", "CHINA_SKILLS_AWARD",
                "achievements[1].achievedOn", "2024-05-01")).andExpect(status().is3xxRedirection());
        upload(id, "EVIDENCE", "0");
        upload(id, "EVIDENCE", "1");
        var before = nominations.filesOf(id);
        long ofFirst = before.stream().filter(f -> f.achievementIndex() == 0).findFirst().orElseThrow().id();
        long ofSecond = before.stream().filter(f -> f.achievementIndex() == 1).findFirst().orElseThrow().id();
        String firstStored = jdbc.sql("SELECT stored_name FROM nomination_file WHERE id = ?").param(ofFirst)
                .query(String.class).single();

        mvc.perform(save(id, "achievements[0].kind", "", "achievements[0].origin", "0",
                        "achievements[1].kind", "HONOR", "achievements[1].honour", "CHINA_SKILLS_AWARD",
                        "achievements[1].achievedOn", "2024-05-01", "achievements[1].origin", "1",
                        "achievements[2].kind", ""))
                .andExpect(status().is3xxRedirection());

        NominationView n = nominations.requireVisible(staff.officer(), id);
        assertThat(n.draft().achievements()).singleElement()
                .satisfies(a -> assertThat(a.honour()).isEqualTo("CHINA_SKILLS_AWARD"));
        assertThat(nominations.filesOf(id)).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(ofSecond);
            assertThat(f.achievementIndex()).isZero();
        });
        assertThat(java.nio.file.Files.exists(java.nio.file.Path.of(storageDir).toAbsolutePath().normalize()
                .resolve("nomination").resolve(firstStored))).isFalse();
    }

    @org.springframework.beans.factory.annotation.Value("${jiangxin.storage-dir}") String storageDir;

    @Test
    void everyPageRendersEveryLabelInChineseAndEnglish() throws Exception {
        long id = open();
        mvc.perform(save(id, "achievements[1].kind", "STUDIO_LEADER", "achievements[1].studioLevel", "CHAOYANG",
                "achievements[1].achievedOn", "2024-05-01")).andExpect(status().is3xxRedirection());
        upload(id, "EVIDENCE", "0");
        upload(id, "STAMPED_FORM", null);
        mvc.perform(post("/nominations/{id}/actions/SUBMIT", id).with(csrf()).with(as(Staff.OFFICER)));
        mvc.perform(post("/nominations/{id}/actions/TAKE", id).with(csrf()).with(as(Staff.REVIEWER)));
        mvc.perform(post("/nominations/{id}/actions/RETURN", id).param("reason", "请补充").with(csrf()).with(as(Staff.REVIEWER)));
        for (String lang : new String[] {"zh_CN", "en"}) {
            for (String[] page : new String[][] {{Staff.OFFICER, "/nominations"}, {Staff.OFFICER, "/nominations/new"},
                    {Staff.OFFICER, "/nominations/" + id}, {Staff.OFFICER, "/nominations/" + id + "/edit"},
                    {Staff.REVIEWER, "/nominations/" + id}, {Staff.REVIEWER, "/review"}, {Staff.APPROVER, "/approval"},
                    {Staff.APPROVER, "/nominations/" + id}}) {
                mvc.perform(get(page[1]).param("lang", lang).with(as(page[0]))).andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
        mvc.perform(get("/nominations/{id}", id).with(as(Staff.OFFICER)))
                .andExpect(content().string(allOf(containsString("请补充"), containsString("退回修改"))));
    }

    private void upload(long id, String kind, String achievement) throws Exception {
        var request = multipart("/nominations/{id}/files", id)
                .file(new MockMultipartFile("file", "证书.pdf", "application/pdf", PDF))
                .param("kind", kind).with(csrf()).with(as(Staff.OFFICER));
        if (achievement != null) {
            request.param("achievement", achievement);
        }
        mvc.perform(request).andExpect(flash().attributeExists("uploaded"));
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM nomination").query(Long.class).single();
    }
}
