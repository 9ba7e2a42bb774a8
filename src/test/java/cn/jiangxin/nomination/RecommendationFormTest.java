package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The recommendation form's choice lists (民族, 政治面貌, 学历), the fields of each achievement category, and a further
 * achievement row without the page's script.
 */
@JiangxinTest
class RecommendationFormTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired JdbcClient jdbc;

    long id;

    @BeforeEach
    void aDraft() {
        id = nominations.open(staff.officer(), TestPeople.register(people, staff.officer(), "表单甲", Sex.MALE));
    }

    @Test
    void theListsOfferTheStandardsEntriesInTheirOrderInChineseAndEnglish() throws Exception {
        Document zh = edit("zh_CN");
        List<String> ethnicities = values(zh, "ethnicity");
        assertThat(ethnicities).hasSize(58).doesNotHaveDuplicates().startsWith("汉族", "蒙古族", "回族", "藏族")
                .endsWith("珞巴族", "基诺族", "其他", "外国血统中国籍人士");
        assertThat(ethnicities.subList(0, 56)).allMatch(e -> e.endsWith("族")).contains("满族", "朝鲜族", "高山族");
        assertThat(values(zh, "politicalStatus")).containsExactly("中共党员", "中共预备党员", "共青团员", "民革党员",
                "民盟盟员", "民建会员", "民进会员", "农工党党员", "致公党党员", "九三学社社员", "台盟盟员", "无党派人士", "群众");
        assertThat(values(zh, "education")).containsExactly("研究生（博士）", "研究生（硕士）", "大学本科", "大学专科",
                "中等专科", "职业高中", "技工学校", "普通高中", "初中", "小学", "其他");
        for (ChoiceList list : ChoiceList.values()) {
            assertThat(zh.select("#" + list.field() + " option[value]:not([value=''])"))
                    .as("the Chinese words are the stored names").allMatch(o -> o.text().equals(o.val()));
        }

        Document en = edit("en");
        assertThat(en.select("#ethnicity option[value=满族]").text()).isEqualTo("Manchu");
        assertThat(en.select("#politicalStatus option[value=群众]").text()).startsWith("Ordinary citizen");
        assertThat(en.select("#education option[value=大学本科]").text()).isEqualTo("University (bachelor)");
        assertThat(values(en, "ethnicity")).isEqualTo(ethnicities);
        assertThat(en.html()).doesNotContain("??");
    }

    @Test
    void aValueOutsideTheListIsRefusedOnItsFieldAndChangesNothing() throws Exception {
        mvc.perform(save("ethnicity", "满族")).andExpect(redirectedUrl("/nominations/" + id + "/edit"));
        for (String[] bad : new String[][] {{"ethnicity", "火星族"}, {"politicalStatus", "党员"}, {"education", "大专"}}) {
            Document page = Jsoup.parse(mvc.perform(save(bad[0], bad[1], "occupation", "改了"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            Element field = page.getElementById(bad[0]);
            assertThat(field.hasClass("is-invalid")).as(bad[0]).isTrue();
            assertThat(field.parent().select(".invalid-feedback").text()).startsWith("请从列表中选择");
        }
        NominationDraft draft = nominations.requireVisible(staff.officer(), id).draft();
        assertThat(draft.ethnicity()).isEqualTo("满族");
        assertThat(draft.politicalStatus()).isEmpty();
        assertThat(draft.occupation()).as("nothing of the refused form saved").isEmpty();
    }

    @Test
    void aTextTypedBeforeTheListsIsShownMarkedAndMustBeChosenAgain() throws Exception {
        jdbc.sql("UPDATE nomination SET education = '大专' WHERE id = ?").param(id).update();
        Element kept = edit("zh_CN").selectFirst("#education option[selected]");
        assertThat(kept.val()).isEqualTo("大专");
        assertThat(kept.text()).isEqualTo("大专（原填写，请从列表中重新选择）");
        mvc.perform(save("education", "大专")).andExpect(status().isOk());
        mvc.perform(save("education", "大学专科")).andExpect(redirectedUrl("/nominations/" + id + "/edit"));
        assertThat(nominations.requireVisible(staff.officer(), id).draft().education()).isEqualTo("大学专科");
    }

    @Test
    void eachCategoryKeepsOnlyItsOwnFields() throws Exception {
        mvc.perform(save("achievements[0].kind", "COMPETITION", "achievements[0].competition", "BEIJING",
                        "achievements[0].place", "1", "achievements[0].honour", "CHINA_SKILLS_AWARD",
                        "achievements[0].studioLevel", "NATIONAL", "achievements[0].achievedOn", "2025-06-18",
                        "achievements[1].kind", "HONOR", "achievements[1].honour", "CHINA_SKILLS_AWARD",
                        "achievements[1].competition", "WORLDSKILLS", "achievements[1].place", "第一",
                        "achievements[1].achievedOn", "2024-05-01",
                        "achievements[2].kind", "", "achievements[2].place", "x"))
                .andExpect(redirectedUrl("/nominations/" + id + "/edit"));
        List<Achievement> saved = nominations.requireVisible(staff.officer(), id).draft().achievements();
        assertThat(saved).hasSize(2);
        assertThat(saved.get(0)).satisfies(a -> {
            assertThat(a.place()).isEqualTo(1);
            assertThat(a.honour()).isNull();
            assertThat(a.studioLevel()).isNull();
        });
        assertThat(saved.get(1)).as("a malformed place of an honour is no place at all").satisfies(a -> {
            assertThat(a.honour()).isEqualTo("CHINA_SKILLS_AWARD");
            assertThat(a.competition()).isNull();
            assertThat(a.place()).isNull();
        });

        mvc.perform(save("achievements[0].kind", "COMPETITION", "achievements[0].competition", "BEIJING",
                        "achievements[0].place", "第一", "achievements[0].achievedOn", "2025-06-18"))
                .andExpect(status().isOk());
        assertThat(nominations.requireVisible(staff.officer(), id).draft().achievements())
                .as("a malformed place of a competition stops the form").hasSize(2);
    }

    @Test
    void everyRowSaysWhichCategoryEachFieldBelongsToAndThePageHoldsARowToCopy() throws Exception {
        Document page = edit("zh_CN");
        Element row = page.getElementById("achievement-0");
        for (Achievement.Kind kind : Achievement.Kind.values()) {
            for (Element part : row.select("[data-kinds]")) {
                String field = part.selectFirst("[name]").attr("name").replaceAll(".*\\.", "");
                assertThat(part.attr("data-kinds").contains(kind.name())).as(field + " of " + kind)
                        .isEqualTo(kind.uses(field));
            }
        }
        row.select("[name]").stream().filter(f -> f.closest("[data-kinds]") == null)
                .map(f -> f.attr("name").replaceAll(".*\\.", ""))
                .forEach(field -> assertThat(Achievement.Kind.values()).as(field).allMatch(k -> k.uses(field)));
        Element template = page.getElementById("achievement-template");
        assertThat(template.attr("data-label")).isEqualTo("第{n}项业绩");
        assertThat(template.select("select[name='achievements[0].kind']")).hasSize(1);
        assertThat(template.select("[name='achievements[0].origin']").val()).isEmpty();
        assertThat(template.closest("form")).as("outside the form: not sent").isNull();
    }

    @Test
    void withoutTheScriptAddingARowSavesAndComesBackWithABlankOne() throws Exception {
        mvc.perform(save("after", "row", "achievements[0].kind", "HONOR", "achievements[0].honour", "CHINA_SKILLS_AWARD",
                        "achievements[0].achievedOn", "2024-05-01"))
                .andExpect(redirectedUrl("/nominations/" + id + "/edit#achievement-1"));
        Document page = edit("zh_CN");
        assertThat(page.select("#achievements > fieldset")).hasSize(2);
        assertThat(page.getElementById("achievements1.kind").select("option[selected]").val()).isEmpty();
        assertThat(page.select("#upload-achievement option")).extracting(Element::text)
                .containsExactly("请选择", "第1项业绩", "第2项业绩");
    }

    private Document edit(String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get("/nominations/{id}/edit", id).param("lang", lang).with(staff.as(Staff.OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> values(Document page, String field) {
        return page.select("#" + field + " option").stream().map(Element::val).filter(v -> !v.isEmpty()).toList();
    }

    private MockHttpServletRequestBuilder save(String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        var request = post("/nominations/" + id).with(csrf()).with(staff.as(Staff.OFFICER));
        form.forEach(request::param);
        return request;
    }
}
