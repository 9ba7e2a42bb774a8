package cn.jiangxin.listimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.tabular.ImportField;
import cn.jiangxin.testsupport.IdNumbers;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing a list through the service and the background job: a GBK CSV with bad rows (rejected with their reasons,
 * the rest accepted, the ID number stored only encrypted), the same list again (no duplicate entries, the mapping kept
 * for the source), a changed row (a correction with the old values), a hostile file refused with the kit's words and
 * nothing kept, a node that lost its lease writing nothing, and an import that crashes after two chunks and is resumed
 * by the poller once the lease has run out: every row exactly once.
 */
@JiangxinTest
@MovableClock
class ListImportTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String HEADER = "姓名,身份证号,工作单位,竞赛名称,届次,赛项,名次,获奖时间\n";

    @Autowired ListImports imports;
    @Autowired ListImportStore store;
    @Autowired ImportJob job;
    @Autowired ImportRun run;
    @Autowired ImportFiles files;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired Staff staff;

    @AfterEach
    void quiet() {
        run.afterChunk = checkpoint -> { };
    }

    private static String id(int i) {
        return IdNumbers.of(IdNumbers.AREA, LocalDate.of(1980, 1, 1).plusDays(i), "101");
    }

    private long upload(String source, String csv) {
        return imports.upload(source, ImportKind.COMPETITION, "名单.csv", new ByteArrayInputStream(csv.getBytes(GBK)),
                staff.policy().accountId());
    }

    private ImportedList importAll(long listId) {
        imports.confirmMapping(listId, imports.offer(listId).mapping());
        imports.start(listId);
        return awaitDone(listId);
    }

    private ImportedList awaitDone(long listId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ImportedList list = imports.list(listId);
            if (list.status() == ImportStatus.DONE || list.status() == ImportStatus.FAILED) {
                return list;
            }
            job.poll();
            sleep(100);
        }
        throw new AssertionError("import " + listId + " not done: " + imports.list(listId));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long entries(String source) {
        return jdbc.sql("SELECT COUNT(*) FROM import_entry WHERE source = ?").param(source).query(Long.class).single();
    }

    @Test
    void aGbkListKeepsGoodRowsRejectsBadOnesAndAReimportMakesNoDuplicatesButRecordsACorrection() {
        String source = "第47届世界技能大赛 成绩 " + UUID.randomUUID();
        String csv = HEADER
                + "张伟," + id(1) + ",北京精雕科技有限公司,世界技能大赛,第47届,数控铣,金牌,2024-09-15\n"
                + "李娜," + id(2).toLowerCase() + ",北京朝阳汽车维修有限公司,世界技能大赛,第47届,汽车技术,银牌,2024-09-15\n"
                + ",110105198001040000,某单位,世界技能大赛,第47届,焊接,铜牌,2024-09-15\n"
                + "王芳,110105198001051234,北京花艺有限公司,世界技能大赛,第47届,花艺,优胜奖,2024-09-15\n"
                + "赵磊," + id(3) + ",北京建工集团,世界技能大赛,第47届,砌筑,第一名,2024-09-15\n";
        long first = upload(source, csv);
        assertThat(imports.offer(first).kept()).isFalse();
        assertThat(imports.offer(first).mapping().column(ImportField.ID_NUMBER)).hasValue(1);

        ImportedList done = importAll(first);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.format()).contains("GB");
        assertThat(List.of(done.rowsRead(), done.rowsAccepted(), done.rowsRejected())).containsExactly(5L, 3L, 2L);
        assertThat(entries(source)).isEqualTo(3);
        List<ListImportStore.RowRecord> rows = store.rows(first);
        assertThat(rows).extracting(ListImportStore.RowRecord::outcome)
                .containsExactly("NEW", "NEW", "REJECTED", "REJECTED", "NEW");
        assertThat(rows.get(2).reasons()).contains("姓名为空");
        assertThat(rows.get(3).reasons()).contains("身份证号");
        assertThat(ListImportStore.cells(rows.get(3).cells())).startsWith("王芳", "110105198001051234");
        assertThat(jdbc.sql("SELECT id_number_enc FROM import_entry WHERE source = ?").param(source)
                .query(String.class).list()).noneMatch(enc -> enc.contains(id(1)) || enc.contains(id(3)))
                .hasSize(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_entry WHERE id_number_index IS NOT NULL AND source = ?")
                .param(source).query(Long.class).single()).isEqualTo(3);

        long again = upload(source, csv);
        assertThat(imports.offer(again).kept()).isTrue();
        ImportedList second = importAll(again);
        assertThat(second.rowsAccepted()).isEqualTo(3);
        assertThat(entries(source)).isEqualTo(3);
        assertThat(store.rows(again)).extracting(ListImportStore.RowRecord::outcome)
                .containsExactly("SAME", "SAME", "REJECTED", "REJECTED", "SAME");

        long changed = upload(source, HEADER
                + "张伟," + id(1) + ",北京精雕科技股份有限公司,世界技能大赛,第47届,数控铣,金牌,2024-09-15\n");
        ImportedList third = importAll(changed);
        assertThat(third.rowsCorrected()).isEqualTo(1);
        assertThat(entries(source)).isEqualTo(3);
        assertThat(jdbc.sql("""
                SELECT c.old_unit_name FROM import_correction c JOIN import_entry e ON e.id = c.entry_id
                WHERE e.source = ?""").param(source).query(String.class).list())
                .containsExactly("北京精雕科技有限公司");
        assertThat(jdbc.sql("SELECT unit_name FROM import_entry WHERE source = ? AND list_id = ?")
                .param(source).param(changed).query(String.class).single()).isEqualTo("北京精雕科技股份有限公司");
        assertThat(jdbc.sql("SELECT corrected_from FROM import_entry WHERE source = ? AND list_id = ?")
                .param(source).param(changed).query(Long.class).single()).isEqualTo(first);
    }

    @Test
    void rowsOfOneChunkWithTheSameKeyAreComparedInRowOrderAsIfWrittenOneByOne() {
        String source = "第46届世界技能大赛 成绩 " + UUID.randomUUID();
        String row = "张伟," + id(4) + ",%s,世界技能大赛,第46届,数控车,%s,2022-10-15\n";
        long listId = upload(source, HEADER + row.formatted("北京精雕科技有限公司", "金牌")
                + row.formatted("北京精雕科技有限公司", "金牌") + row.formatted("北京精雕科技股份有限公司", "金牌")
                + row.formatted("北京精雕科技股份有限公司", "银牌"));
        ImportedList done = importAll(listId);
        assertThat(List.of(done.rowsAccepted(), done.rowsCorrected())).containsExactly(4L, 2L);
        assertThat(entries(source)).isEqualTo(1);
        List<ListImportStore.RowRecord> rows = store.rows(listId);
        assertThat(rows).extracting(ListImportStore.RowRecord::outcome)
                .containsExactly("NEW", "SAME", "CORRECTED", "CORRECTED");
        assertThat(rows).extracting(ListImportStore.RowRecord::entryId).containsOnly(rows.get(0).entryId());
        assertThat(jdbc.sql("""
                SELECT old_row_no, row_no, old_unit_name, old_place FROM import_correction WHERE entry_id = ?
                ORDER BY row_no""").param(rows.get(0).entryId())
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).list())
                .containsExactly(
                        List.of(rows.get(0).rowNo(), rows.get(2).rowNo(), "北京精雕科技有限公司", "1"),
                        List.of(rows.get(2).rowNo(), rows.get(3).rowNo(), "北京精雕科技股份有限公司", "1"));
        assertThat(jdbc.sql("SELECT place, row_no, corrected_from FROM import_entry WHERE source = ?").param(source)
                .query((rs, n) -> List.of(rs.getString(1), rs.getLong(2), rs.getLong(3))).single())
                .isEqualTo(List.of("2", rows.get(3).rowNo(), listId));
    }

    @Test
    void aHostileOrUnreadableFileIsRefusedWithTheKitsWordsAndNothingIsKept() throws Exception {
        String source = "拒收测试 " + UUID.randomUUID();
        assertThatThrownBy(() -> imports.upload(source, ImportKind.HONOUR, "空.csv",
                new ByteArrayInputStream(new byte[0]), staff.policy().accountId()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("文件是空的");
        byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };
        assertThatThrownBy(() -> imports.upload(source, ImportKind.HONOUR, "旧.xls", new ByteArrayInputStream(xls),
                staff.policy().accountId()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining(".xls");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_list WHERE source = ?").param(source).query(Long.class)
                .single()).isZero();
        try (var stored = java.nio.file.Files.list(files.pathOf("0".repeat(32)).getParent())) {
            assertThat(stored.filter(p -> java.nio.file.Files.isRegularFile(p)).count())
                    .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM import_list").query(Long.class).single());
        }
    }

    @Test
    void aNodeThatLostItsLeaseWritesNothing() {
        String source = "租约测试 " + UUID.randomUUID();
        long listId = upload(source, HEADER + "张伟," + id(1) + ",北京精雕科技有限公司,世界技能大赛,第47届,数控铣,金牌,\n");
        imports.confirmMapping(listId, imports.offer(listId).mapping());
        imports.start(listId);
        var now = clock.instant();
        boolean a = store.claim(listId, "node-a", now, now.plus(run.lease()));
        assertThat(a).isTrue();
        assertThat(store.claim(listId, "node-b", now, now.plus(run.lease()))).isFalse();
        clock.advance(run.lease().plusSeconds(1));
        now = clock.instant();
        assertThat(store.claim(listId, "node-b", now, now.plus(run.lease()))).isTrue();
        assertThat(store.advance(listId, "node-a", 0, 2, new ListImportStore.ChunkCounts(1, 1, 0),
                now.plus(run.lease()))).isFalse();
        run.run(listId, "node-a");
        assertThat(store.rows(listId)).isEmpty();
        run.run(listId, "node-b");
        assertThat(imports.list(listId).status()).isEqualTo(ImportStatus.DONE);
        assertThat(store.rows(listId)).hasSize(1);
    }

    @Test
    void anImportThatCrashesAfterTwoChunksIsResumedByAnotherNodeWithNoRowLostAndNoneTwice() {
        String source = "续传测试 " + UUID.randomUUID();
        int n = 3_500;
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < n; i++) {
            csv.append(i % 500 == 7 ? "" : "选手" + i).append(',').append(id(i))
                    .append(",北京精雕科技有限公司,世界技能大赛,第47届,数控铣,金牌,2024-09-15\n");
        }
        long listId = upload(source, csv.toString());
        imports.confirmMapping(listId, imports.offer(listId).mapping());
        AtomicBoolean crashed = new AtomicBoolean();
        run.afterChunk = checkpoint -> {
            if (checkpoint >= 2_001 && crashed.compareAndSet(false, true)) {
                throw new IllegalStateException("node killed (test)");
            }
        };
        imports.start(listId);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!crashed.get() && System.nanoTime() < deadline) {
            job.poll();
            sleep(100);
        }
        assertThat(crashed).isTrue();
        sleep(300);
        ImportedList halfway = imports.list(listId);
        assertThat(halfway.status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(halfway.checkpointRow()).isEqualTo(2_001);
        assertThat(store.rows(listId)).hasSize(2_000);
        job.poll();
        sleep(300);
        assertThat(imports.list(listId).checkpointRow()).as("the lease still holds").isEqualTo(2_001);

        clock.advance(run.lease().plusSeconds(1));
        ImportedList done = awaitDone(listId);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        List<ListImportStore.RowRecord> rows = store.rows(listId);
        assertThat(rows).extracting(ListImportStore.RowRecord::rowNo).doesNotHaveDuplicates().hasSize(n)
                .first().isEqualTo(2L);
        assertThat(rows.get(n - 1).rowNo()).isEqualTo(n + 1L);
        assertThat(List.of(done.rowsRead(), done.rowsAccepted(), done.rowsRejected()))
                .containsExactly((long) n, n - 7L, 7L);
        assertThat(entries(source)).isEqualTo(n - 7);
    }

    @Test
    void anXlsxListWithAnIdNumberStoredAsANumberAndAnExcelDateIsJudgedRowByRow() throws Exception {
        String source = "Excel名单测试 " + UUID.randomUUID();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("成绩");
        String[] header = { "选手姓名", "证件号码", "选送单位", "赛项名称", "获奖等级", "获奖日期" };
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        Object[][] rows = {
                { "张伟", id(11), "北京精雕科技有限公司", "数控铣", "一等奖", 45550 },
                { "李娜", 110105198001120000L, "北京朝阳汽车维修有限公司", "汽车技术", "二等奖", 45550 },
                { "王芳", id(13), "北京花艺有限公司", "花艺", "特等奖", 45550 },
        };
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    sheet.value(r + 1, c, n);
                    if (c == 5) {
                        sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                    }
                } else {
                    sheet.value(r + 1, c, (String) v);
                }
            }
        }
        workbook.finish();
        long listId = imports.upload(source, ImportKind.COMPETITION, "成绩.xlsx",
                new ByteArrayInputStream(out.toByteArray()), staff.policy().accountId());
        ImportedList done = importAll(listId);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.format()).contains("Excel");
        List<ListImportStore.RowRecord> kept = store.rows(listId);
        assertThat(kept).extracting(ListImportStore.RowRecord::outcome).containsExactly("NEW", "REJECTED", "REJECTED");
        assertThat(kept.get(1).reasons()).contains("存成了数字");
        assertThat(kept.get(2).reasons()).isNotBlank();
        assertThat(jdbc.sql("SELECT achieved_on FROM import_entry WHERE source = ?").param(source).query(String.class)
                .single()).isEqualTo("2024-09-15");
    }

    @Test
    void ofNodesRacingToClaimAListOneWins() throws Exception {
        String source = "抢占测试 " + UUID.randomUUID();
        long listId = upload(source, HEADER + "张伟," + id(1) + ",北京精雕科技有限公司,世界技能大赛,第47届,数控铣,金牌,\n");
        imports.confirmMapping(listId, imports.offer(listId).mapping());
        imports.start(listId);
        var now = clock.instant().plusSeconds(3_600); // past any lease the background poller may have taken
        var outcomes = cn.jiangxin.testsupport.Race.run(8,
                i -> store.claim(listId, "racer-" + i, now, now.plus(run.lease())));
        assertThat(outcomes).filteredOn(o -> Boolean.TRUE.equals(o.result())).hasSize(1);
        clock.advance(Duration.ofHours(2));
        assertThat(awaitDone(listId).rowsAccepted()).isEqualTo(1);
    }
}
