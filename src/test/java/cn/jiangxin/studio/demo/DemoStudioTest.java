package cn.jiangxin.studio.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.testsupport.DemoTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's studios (studio.demo.DemoStudio): 马骏's named studio with this year's assessment confirmed as 优秀 by a
 * different approver than the reviewer who scored it, marked as led by a leading talent, shown on his /my/studios;
 * 张伟's application waits for review; a second run of the seeder adds nothing.
 */
@DemoTest
class DemoStudioTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired DemoStudio seeder;
    @Autowired Staff staff;

    @Test
    void theDemoTalentLeadsANamedAssessedStudioAndAnotherApplicationWaits() throws Exception {
        var named = jdbc.sql("SELECT id, state, priority, studio_number FROM studio WHERE name = ?")
                .param(DemoStudio.NAMED).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2),
                        rs.getBoolean(3), rs.getString(4)}).single();
        assertThat(named[1]).isEqualTo("NAMED");
        assertThat(named[2]).isEqualTo(true);
        assertThat((String) named[3]).matches("CYGZS-\\d{4}-001");
        var assessment = jdbc.sql("""
                SELECT a.state, a.grade_code, a.funding_fen, s.username, c.username FROM studio_assessment a
                JOIN account s ON s.id = a.scored_by JOIN account c ON c.id = a.confirmed_by WHERE a.studio_id = ?""")
                .param(named[0]).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5)}).single();
        assertThat(assessment).containsExactly("CONFIRMED", "EXCELLENT", 10_000_000L, "reviewer", "approver");
        assertThat(jdbc.sql("SELECT state FROM studio WHERE name = ?").param(DemoStudio.WAITING).query(String.class)
                .single()).isEqualTo("SUBMITTED");

        String mine = mvc.perform(get("/my/studios").with(staff.as(DemoLogins.TALENT)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains(DemoStudio.NAMED, (String) named[3], "优秀", "100,000.00");
        long before = jdbc.sql("SELECT COUNT(*) FROM studio").query(Long.class).single();
        seeder.run(null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM studio").query(Long.class).single()).isEqualTo(before);
    }
}
