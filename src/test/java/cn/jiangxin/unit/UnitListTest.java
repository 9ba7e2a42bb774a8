package cn.jiangxin.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.ListPages;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestUnits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The unit list, paged: 23 units named after this test's tag (U00 … U22), every third a school, the others employers. */
@JiangxinTest
class UnitListTest {

    @Autowired MockMvc mvc;
    @Autowired Units units;
    @Autowired Staff staff;

    private String tag;

    @BeforeEach
    void units() {
        tag = "单位列表" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 23; i++) {
            TestUnits.register(units, staff.admin(), String.format("%s U%02d", tag, i), i % 3 == 0 ? "SCHOOL" : "EMPLOYER");
        }
    }

    @Test
    void pagesKeepTheSearchAndShowTheTotal() throws Exception {
        String first = page(get("/units").param("q", tag));
        assertThat(ListPages.total(first)).isEqualTo(23);
        assertThat(names(first)).hasSize(20).startsWith(tag + " U00");
        assertThat(first).contains("page=2").contains("/units.xlsx?q=");
        assertThat(names(page(get("/units").param("q", tag).param("page", "2"))))
                .containsExactly(tag + " U20", tag + " U21", tag + " U22");
        assertThat(ListPages.unscrollableTables(first)).isEmpty();
    }

    @Test
    void sortsByNameBothWaysAndFiltersByKindAndDistrict() throws Exception {
        assertThat(names(page(get("/units").param("q", tag).param("sort", "name").param("dir", "desc"))))
                .startsWith(tag + " U22", tag + " U21");
        String schools = page(get("/units").param("q", tag).param("kind", "SCHOOL"));
        assertThat(ListPages.total(schools)).isEqualTo(8);
        assertThat(ListPages.column(schools, "units", 1)).containsOnly("院校");
        assertThat(ListPages.total(page(get("/units").param("q", tag).param("district", "110105")))).isEqualTo(23);
        assertThat(ListPages.total(page(get("/units").param("q", tag).param("district", "110101")))).isZero();
        assertThat(ListPages.column(page(get("/units").param("q", tag).param("kind", "SCHOOL").param("lang", "en")),
                "units", 1)).containsOnly("School");
    }

    @Test
    void theExportHoldsExactlyTheFilteredUnitsInWords() throws Exception {
        byte[] xlsx = mvc.perform(get("/units.xlsx").param("q", tag).param("kind", "SCHOOL")
                        .param("sort", "name").param("dir", "desc").with(staff.as(Staff.REVIEWER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(cn.jiangxin.testsupport.ExcelRows.of(xlsx).get(0).get(0)).isEqualTo("单位");
        List<List<String>> rows = ListPages.exportedRows(xlsx);
        assertThat(rows).extracting(r -> r.get(0)).containsExactly(tag + " U21", tag + " U18", tag + " U15",
                tag + " U12", tag + " U09", tag + " U06", tag + " U03", tag + " U00");
        assertThat(rows).allSatisfy(r -> assertThat(r.subList(1, 4)).contains("院校", "朝阳区"));
    }

    @Test
    void anOfficerIsSentToTheirOwnUnitAndExportsOnlyIt() throws Exception {
        mvc.perform(get("/units").with(staff.as(Staff.OFFICER))).andExpect(status().is3xxRedirection());
        byte[] xlsx = mvc.perform(get("/units.xlsx").with(staff.as(Staff.OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(ListPages.exportedRows(xlsx)).extracting(r -> r.get(0)).containsExactly(Staff.UNIT);
    }

    @Test
    void badParametersGetTheBadRequestPage() throws Exception {
        for (var request : List.of(get("/units").param("kind", "FACTORY"), get("/units").param("page", "x"),
                get("/units").param("sort", "address"), get("/units.xlsx").param("size", "7"),
                get("/units").param("q", "长".repeat(101)))) {
            mvc.perform(request.with(staff.as(Staff.REVIEWER))).andExpect(status().isBadRequest())
                    .andExpect(header().doesNotExist("Content-Disposition"));
        }
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(staff.as(Staff.REVIEWER))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static List<String> names(String html) {
        return ListPages.column(html, "units", 0);
    }
}
