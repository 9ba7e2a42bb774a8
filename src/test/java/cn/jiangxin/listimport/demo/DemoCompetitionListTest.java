package cn.jiangxin.listimport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.jiangxin.listimport.SampleCompetitionList;
import cn.jiangxin.testsupport.DemoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's sample competition list (listimport.demo.DemoCompetitionList) is imported to its end in the background:
 * 20 rows, 15 accepted and the 5 bad ones rejected (rows 17-21); the rows meant to be found by ID number — the
 * 15-digit one and the full-width one included — carry the blind index of a person in the demo registry, the namesake
 * and the people not registered do not; matching follows: 林涛, whose ID number in the list is not the one registered
 * for the 林涛 of his school, waits for staff, and the two unregistered people of Chaoyang units are proposed for
 * registration; a second run of the seeder uploads nothing.
 */
@DemoTest
class DemoCompetitionListTest {

    @Autowired JdbcClient jdbc;
    @Autowired DemoCompetitionList seeder;

    private String status(long id) {
        return jdbc.sql("SELECT status FROM import_list WHERE id = ?").param(id).query(String.class).single();
    }

    @Test
    void theSampleListIsImportedWithItsBadRowsRejectedAndItsPeopleFoundByIdNumber() throws Exception {
        long id = jdbc.sql("SELECT id FROM import_list WHERE source = ?").param(SampleCompetitionList.SOURCE)
                .query(Long.class).single();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!status(id).equals("DONE") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(status(id)).isEqualTo("DONE");
        Map<String, Object> counts = jdbc.sql("SELECT rows_read, rows_accepted, rows_rejected FROM import_list WHERE id = ?")
                .param(id).query().singleRow();
        assertThat(counts.values()).extracting(v -> ((Number) v).longValue()).containsExactly(20L, 15L, 5L);
        assertThat(jdbc.sql("SELECT row_no FROM import_row WHERE list_id = ? AND outcome = 'REJECTED' ORDER BY row_no")
                .param(id).query(Long.class).list()).containsExactly(17L, 18L, 19L, 20L, 21L);

        List<String> registered = jdbc.sql("""
                SELECT e.name FROM import_entry e JOIN person p ON p.id_number_index = e.id_number_index
                WHERE e.list_id = ? ORDER BY e.row_no""").param(id).query(String.class).list();
        assertThat(registered).containsExactly("张伟", "李娜", "刘强", "王芳", "吴军", "周杰", "郑浩", "何静");
        List<String> withoutId = jdbc.sql("""
                SELECT name || '@' || unit_name FROM import_entry WHERE list_id = ? AND id_number_index IS NULL
                ORDER BY row_no""").param(id).query(String.class).list();
        assertThat(withoutId).containsExactly("高峰@燕京精密制造有限责任公司", "张伟@北京海淀智造科技有限公司",
                "单丽华@北京市朝阳区职业技能鉴定指导中心");

        while (jdbc.sql("SELECT COUNT(*) FROM match_result WHERE list_id = ?").param(id).query(Long.class).single() < 15
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(jdbc.sql("""
                SELECT e.name FROM match_result m JOIN import_entry e ON e.id = m.entry_id
                WHERE m.list_id = ? AND m.decision = 'PENDING'""").param(id).query(String.class).list())
                .containsExactly("林涛");
        assertThat(jdbc.sql("""
                SELECT e.name FROM match_result m JOIN import_entry e ON e.id = m.entry_id
                WHERE m.list_id = ? AND m.outcome = 'PROPOSE_REGISTRATION' ORDER BY e.row_no""").param(id)
                .query(String.class).list()).containsExactly("陈思远", "孙悦");

        seeder.run(null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_list WHERE source = ?").param(SampleCompetitionList.SOURCE)
                .query(Long.class).single()).isEqualTo(1);
    }
}
