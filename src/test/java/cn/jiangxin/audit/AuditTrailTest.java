package cn.jiangxin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangxin.audit.AuditEvent.Outcome;
import cn.jiangxin.testsupport.JiangxinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@JiangxinTest
@TestPropertySource(properties = "jiangxin.test.context=audit-tampering")
@DirtiesContext
class AuditTrailTest {

    @Autowired AuditTrail trail;
    @Autowired AuditVerifier verifier;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private void recordSome(int n) {
        for (int i = 0; i < n; i++) {
            trail.record(new AuditEvent("reviewer", "CASE_RETURNED", "nomination", "N-" + i, Outcome.SUCCESS, "缺少证书扫描件"));
        }
    }

    @Test
    void anUntouchedChainVerifies() {
        recordSome(5);
        AuditVerifier.Verification v = verifier.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isGreaterThanOrEqualTo(5);
        assertThat(v.message()).contains("哈希链完整");
    }

    @Test
    @DirtiesContext
    void anEditedEntryIsFound() {
        recordSome(5);
        long victim = jdbc.sql("SELECT MAX(id) FROM audit_entry").query(Long.class).single() - 2;
        jdbc.sql("UPDATE audit_entry SET detail = '材料齐全' WHERE id = ?").param(victim).update();
        AuditVerifier.Verification v = verifier.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenId()).isEqualTo(victim);
        assertThat(v.message()).contains("可能被篡改");
    }

    @Test
    @DirtiesContext
    void aDeletedEntryIsFoundWhereverItWas() {
        recordSome(5);
        long last = jdbc.sql("SELECT MAX(id) FROM audit_entry").query(Long.class).single();
        jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(last - 3).update();
        assertThat(verifier.verify().message()).contains("第" + (last - 3) + "条记录缺失");

        jdbc.sql("DELETE FROM audit_entry WHERE id >= ?").param(last - 3).update();
        assertThat(verifier.verify().message()).contains("最新的记录可能被删除");
    }

    @Test
    void concurrentWritersKeepOneUnbrokenChain() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    trail.recordIndependently(new AuditEvent("t" + thread, "READ_ID_NUMBER", "person", "P" + i,
                            Outcome.SUCCESS, ""));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        long after = jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
        assertThat(after - before).isEqualTo(threads * each);
        assertThat(jdbc.sql("SELECT MAX(id) FROM audit_entry").query(Long.class).single()).isEqualTo(after);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void loginsAreRecordedWhetherTheySucceedOrNot() throws Exception {
        mvc.perform(formLogin().user("admin").password("not-the-password-1"));
        List<AuditRecord> entries = trail.latest("admin", "account", "admin", 10);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("LOGIN");
            assertThat(e.outcome()).isEqualTo("FAILED");
        });
    }

    @Test
    void fieldsAreClippedAndNeverNull() {
        AuditEvent e = new AuditEvent(null, "X", "t", null, Outcome.DENIED, "长".repeat(2000));
        assertThat(e.actor()).isEqualTo("anonymous");
        assertThat(e.objectId()).isEmpty();
        assertThat(e.detail()).hasSize(1000);
    }
}
