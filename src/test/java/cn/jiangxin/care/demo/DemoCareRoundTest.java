package cn.jiangxin.care.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.jiangxin.testsupport.DemoTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's holiday-care round (care.demo.DemoCareRound): 2027年春节慰问 with the due talents, 马骏 among them, added
 * and assigned to a visiting team on the window's first day, nothing recorded and no quota used; a second run of the
 * seeder adds nothing.
 */
@DemoTest
class DemoCareRoundTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired DemoCareRound seeder;
    @Autowired Staff staff;

    @Test
    void theSpringFestivalRoundHasTheDueTalentsAssignedAndNothingRecorded() throws Exception {
        long round = jdbc.sql("SELECT id FROM care_round WHERE name = ?").param(DemoCareRound.NAME)
                .query(Long.class).single();
        List<String> states = jdbc.sql("SELECT state FROM care_visit WHERE round_id = ?").param(round)
                .query(String.class).list();
        assertThat(states).isNotEmpty().containsOnly("PLANNED");
        assertThat(jdbc.sql("""
                SELECT visitor FROM care_visit WHERE round_id = ? AND person_name = '马骏' AND planned_on IS NOT NULL""")
                .param(round).query(String.class).single()).contains("区人力社保局领导");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_hold WHERE hold_key LIKE 'CARE:%'").query(Long.class)
                .single()).isZero();

        String page = mvc.perform(get("/care/rounds/" + round).with(staff.as("policy")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(DemoCareRound.NAME, "马骏", "待慰问");
        long before = jdbc.sql("SELECT COUNT(*) FROM care_visit").query(Long.class).single();
        seeder.run(null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_round WHERE name = ?").param(DemoCareRound.NAME)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_visit").query(Long.class).single()).isEqualTo(before);
    }
}
