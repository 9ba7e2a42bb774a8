package cn.jiangxin.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestUnits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The unit filter of the case list, the queues and the people list (fragments/list :: unitPicker): the page holds only
 * "all units" and the chosen unit, and typing asks /units/choices for matches — no list of every unit, and no silent
 * cap at the first 200 either.
 */
@JiangxinTest
class UnitPickerTest {

    @Autowired MockMvc mvc;
    @Autowired Units units;
    @Autowired Staff staff;
    @Autowired cn.jiangxin.person.People people;

    private String tag;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void units() {
        tag = "选单位" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 32; i++) {
            ids.add(TestUnits.register(units, staff.admin(), String.format("%s U%02d", tag, i), "EMPLOYER"));
        }
    }

    @Test
    void typingListsTheFirstThirtyMatchesAndAsksForMoreLetters() throws Exception {
        Document options = Jsoup.parse(html(get("/units/choices").param("find", tag), Staff.REVIEWER));
        assertThat(options.select("option").first().text()).isEqualTo("全部单位");
        assertThat(options.select("option[value~=\\d+]")).hasSize(30).first()
                .satisfies(o -> assertThat(o.text()).isEqualTo(tag + " U00"));
        assertThat(options.select("option[disabled]").text()).contains("请输入更多文字");
        assertThat(options.select("option[selected]")).isEmpty();
    }

    @Test
    void oneMatchIsChosenAtOnceAndNoneSaysSo() throws Exception {
        Document one = Jsoup.parse(html(get("/units/choices").param("find", " " + tag + " U07 "), Staff.REVIEWER));
        assertThat(one.select("option[selected]")).extracting(Element::val).containsExactly(ids.get(7).toString());
        Document none = Jsoup.parse(html(get("/units/choices").param("find", tag + " 无此单位").param("lang", "en"),
                Staff.REVIEWER));
        assertThat(none.select("option[disabled]").text()).isEqualTo("No unit name or code contains this text");
    }

    @Test
    void anOfficerFindsOnlyTheirOwnUnit() throws Exception {
        Document options = Jsoup.parse(html(get("/units/choices").param("find", ""), Staff.OFFICER));
        assertThat(options.select("option[value~=\\d+]")).extracting(Element::text).containsExactly(Staff.UNIT);
        assertThat(Jsoup.parse(html(get("/units/choices").param("find", tag), Staff.OFFICER))
                .select("option[value~=\\d+]")).isEmpty();
    }

    @Test
    void anAdministratorPicksAPersonsUnitByTypingAndSeesTheirUnitWhenEditing() throws Exception {
        Document blank = Jsoup.parse(html(get("/people/new"), Staff.ADMIN));
        assertThat(blank.select("#unitId option")).extracting(Element::text).containsExactly("请选择");
        assertThat(blank.getElementById("unitId-find").attr("hx-get")).isEqualTo("/units/choices?required=true");
        Document asked = Jsoup.parse(html(get("/units/choices").param("find", tag + " U03").param("required", "true"),
                Staff.ADMIN));
        assertThat(asked.select("option").first().text()).isEqualTo("请选择单位");

        long person = cn.jiangxin.testsupport.TestPeople.register(people, staff.admin(), ids.get(30), "选单位人",
                cn.jiangxin.person.Sex.FEMALE, java.time.LocalDate.of(1980, 1, 1), 3650);
        Document edit = Jsoup.parse(html(get("/people/" + person + "/edit"), Staff.ADMIN));
        assertThat(edit.select("#unitId option[selected]")).extracting(Element::text).containsExactly(tag + " U30");
        assertThat(edit.select("#unitId option")).hasSize(2);
    }

    @Test
    void tooLongATextIsABadRequest() throws Exception {
        mvc.perform(get("/units/choices").param("find", "单".repeat(51)).with(staff.as(Staff.REVIEWER)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theListsShowTheChosenUnitAndNotEveryUnit() throws Exception {
        long chosen = ids.get(31);
        for (var page : List.of(get("/review").param("unit", String.valueOf(chosen)),
                get("/nominations").param("unit", String.valueOf(chosen)),
                get("/people").param("unitId", String.valueOf(chosen)))) {
            Document doc = Jsoup.parse(html(page, Staff.REVIEWER));
            Element select = doc.selectFirst("select:has(option[value=" + chosen + "])");
            assertThat(select).as("the unit filter of %s", page).isNotNull();
            assertThat(select.select("option[selected]").text()).isEqualTo(tag + " U31");
            assertThat(select.select("option")).hasSize(2);
            assertThat(doc.getElementById(select.id() + "-find").attr("hx-get")).isEqualTo("/units/choices");
            assertThat(doc.getElementById(select.id() + "-find").attr("form")).isEqualTo("jx-no-form");
        }
    }

    private String html(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(staff.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
