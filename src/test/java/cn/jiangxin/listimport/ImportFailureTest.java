package cn.jiangxin.listimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list whose run keeps throwing something unexpected (here the database refusing a unit name longer than its column,
 * at the same row every time) is tried again each time its lease runs out, and after three failures at the same
 * checkpoint it is FAILED with a reason in Chinese instead of being tried forever; nothing of it is written.
 */
@JiangxinTest
@MovableClock
class ImportFailureTest {

    @Autowired ListImports imports;
    @Autowired ImportJob job;
    @Autowired ImportRun run;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired Staff staff;

    private int failures(long id) {
        return jdbc.sql("SELECT run_failures FROM import_list WHERE id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void aRunThatKeepsFailingAtTheSameRowIsGivenUpAfterThreeAttemptsWithAReason() throws Exception {
        String csv = "姓名,身份证号,工作单位,赛项,名次\n张伟,110105198503121234," + "北京精雕科技".repeat(70)
                + "有限公司,数控铣,金牌\n";
        long id = imports.upload("失败测试 " + UUID.randomUUID(), ImportKind.COMPETITION, "失败.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), staff.policy().accountId());
        imports.confirmMapping(id, imports.offer(id).mapping());
        imports.start(id);
        for (int attempt = 1; attempt <= ImportJob.ATTEMPTS; attempt++) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (failures(id) < attempt && System.nanoTime() < deadline) {
                job.poll();
                Thread.sleep(100);
            }
            assertThat(failures(id)).as("attempt " + attempt).isEqualTo(attempt);
            ImportedList list = imports.list(id);
            if (attempt < ImportJob.ATTEMPTS) {
                assertThat(list.status()).isEqualTo(ImportStatus.RUNNING);
                clock.advance(run.lease().plusSeconds(1));
            } else {
                assertThat(list.status()).isEqualTo(ImportStatus.FAILED);
                assertThat(list.refusal()).contains("第2行", "连续3次意外出错", "重新上传");
                assertThat(list.claimedBy()).isNull();
            }
        }
        clock.advance(run.lease().plusSeconds(1));
        job.poll();
        Thread.sleep(300);
        assertThat(failures(id)).isEqualTo(ImportJob.ATTEMPTS);
        assertThat(imports.list(id).status()).isEqualTo(ImportStatus.FAILED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_row WHERE list_id = ?").param(id).query(Long.class).single())
                .isZero();
    }
}
