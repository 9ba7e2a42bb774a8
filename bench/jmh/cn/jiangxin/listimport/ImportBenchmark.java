package cn.jiangxin.listimport;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import cn.jiangxin.platform.crypto.FieldCipher;
import cn.jiangxin.platform.tabular.ColumnMapping;
import cn.jiangxin.platform.tabular.CompetitionRowValidation;
import cn.jiangxin.platform.tabular.ImportField;
import cn.jiangxin.platform.tabular.RowOutcome;
import cn.jiangxin.platform.tabular.TabularReader;
import cn.jiangxin.platform.tabular.TabularRow;
import cn.jiangxin.platform.tabular.TabularSource;
import cn.jiangxin.testsupport.IdNumbers;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The list import at volume (bench/README.md, issue 17): a generated competition list of N rows as {@code .xlsx}
 * (fastexcel) and as GBK CSV, imported through the real path ({@link ImportRun} with {@link ListImportStore} and the
 * platform.tabular kit) into schema {@code bench_import} of PostgreSQL's database {@code test}.
 * <pre>
 * java -Xmx1g … cn.jiangxin.listimport.ImportBenchmark generate [rows=1000000] [dir=target/bench/import]
 * java -Xmx256m … cn.jiangxin.listimport.ImportBenchmark import &lt;file&gt; [chunk=1000]
 * </pre>
 * {@code import} first times the parts alone on the same file (read + judge; + the blind indexes and the ID number's
 * encryption), then the whole import, and prints rows/s, the heap's peak (sum of the heap pools' peaks, reset before
 * the import) and {@code /proc/loadavg}.
 */
public final class ImportBenchmark {

    static final String HEADER = "姓名,身份证号,工作单位,名次,赛项,获奖时间";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红";
    private static final String[] PLACES = { "金牌", "银牌", "铜牌", "优胜奖", "一等奖", "二等奖", "三等奖", "第一名",
            "第2名", "第3名", "4", "5", "第十名" };
    private static final String[] EVENTS = { "数控铣", "数控车", "焊接", "砌筑", "汽车技术", "花艺", "美发", "烹饪（中餐）",
            "电气装置", "网络系统管理", "移动机器人", "工业控制", "餐厅服务", "室内装饰设计", "健康和社会照护", "信息网络布线" };
    private static final String URL = System.getProperty("bench.url",
            "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_import&reWriteBatchedInserts=true");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("generate")) {
            int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
            Path dir = Path.of(args.length > 2 ? args[2] : "target/bench/import");
            generate(rows, dir);
        } else if (args.length > 1 && args[0].equals("import")) {
            importFile(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 1000);
        } else {
            System.err.println("usage: generate [rows] [dir] | import <file> [chunk]");
            System.exit(2);
        }
    }

    // ---------------------------------------------------------------- the list

    /** One row's cells; about 2 % are bad (no name, a wrong check digit, no date, a place nobody can read). */
    private static List<Object> row(int i, Random random) {
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(14_000));
        String id = IdNumbers.of(IdNumbers.AREA, birth, String.format("%03d", random.nextInt(1000)));
        String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextInt(3) == 0 ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
        Object date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
        String place = PLACES[random.nextInt(PLACES.length)];
        switch (random.nextInt(50)) {
            case 0 -> name = "";
            case 1 -> id = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
            case 2 -> date = "不详";
            case 3 -> place = "参赛";
            case 4 -> id = id.toLowerCase().replace('X', 'x');
            case 5 -> name = name.charAt(0) + " " + name.substring(1);
            case 6 -> id = id.substring(0, 6) + " " + id.substring(6);
            case 7 -> date = ((LocalDate) date).getYear() + "年" + ((LocalDate) date).getMonthValue() + "月"
                    + ((LocalDate) date).getDayOfMonth() + "日";
            default -> { }
        }
        int unit = 1 + random.nextInt(2000);
        String unitName = "北京市朝阳区" + "东西南北中".charAt(unit % 5) + "技能单位" + unit + "号有限公司";
        return List.of(name, id, unitName, place, EVENTS[(i + random.nextInt(3)) % EVENTS.length], date);
    }

    private static void generate(int rows, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path xlsx = dir.resolve("competition-" + rows + ".xlsx");
        Path csv = dir.resolve("competition-" + rows + "-gbk.csv");
        long t0 = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(xlsx); Writer w = new BufferedWriter(
                new java.io.OutputStreamWriter(Files.newOutputStream(csv), Charset.forName("GBK")), 1 << 16)) {
            Workbook wb = new Workbook(out, "Jiangxin bench", "1.0");
            Worksheet ws = wb.newWorksheet("成绩");
            String[] header = HEADER.split(",");
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            w.write(HEADER + "\r\n");
            Random random = new Random(17);
            for (int i = 1; i <= rows; i++) {
                List<Object> cells = row(i, random);
                StringBuilder line = new StringBuilder(96);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof LocalDate d) {
                        ws.value(i, c, d);
                        ws.style(i, c).format("yyyy-mm-dd").set();
                        line.append(d);
                    } else {
                        ws.value(i, c, (String) v);
                        line.append((String) v);
                    }
                    line.append(c + 1 < cells.size() ? ',' : '\r');
                }
                w.write(line.append('\n').toString());
                if (i % 10_000 == 0) {
                    ws.flush();
                }
            }
            ws.finish();
            wb.finish();
        }
        System.out.printf("wrote %s (%,d bytes) and %s (%,d bytes), %,d rows, in %.1f s%n", xlsx, Files.size(xlsx),
                csv, Files.size(csv), rows, seconds(t0));
    }

    // ---------------------------------------------------------------- the import

    private static void importFile(Path file, int chunk) throws Exception {
        FieldCipher cipher = FieldCipher.withKey("bench-import-key".getBytes(StandardCharsets.UTF_8));
        LocalDate today = LocalDate.now();
        String loadStart = load();

        // the parts alone: read + judge; then + the blind indexes and the encryption the write adds per row
        long r0 = System.nanoTime();
        long[] counted = readAndJudge(file, today, null);
        double readSeconds = seconds(r0);
        long c0 = System.nanoTime();
        readAndJudge(file, today, cipher);
        double cryptoSeconds = seconds(c0);

        SingleConnectionDataSource ds = new SingleConnectionDataSource(URL, "postgres", "", true);
        Connection c = ds.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS bench_import CASCADE");
        }
        Flyway.configure().dataSource(ds).schemas("bench_import").locations("classpath:db/migration").load().migrate();
        ListImportStore store = new ListImportStore(JdbcClient.create(ds), new JdbcTemplate(ds), cipher);
        Path storage = Files.createTempDirectory("jx-import-bench");
        ImportFiles files = new ImportFiles(storage.toString());
        String storedAs;
        try (var in = Files.newInputStream(file)) {
            storedAs = files.write(in);
        }
        Instant now = Instant.now();
        String source = "第47届世界技能大赛 成绩（基准）";
        long listId = store.createList(source, ImportKind.COMPETITION, file.getFileName().toString(), Files.size(file),
                storedAs, file.toString().endsWith(".xlsx") ? "Excel" : "CSV", 1L, now);
        store.saveMapping(listId, source, ColumnMapping.guess(List.of(HEADER.split(","))));
        store.start(listId, now);
        String node = "bench";
        ImportRun run = new ImportRun(store, files, new TransactionTemplate(new DataSourceTransactionManager(ds)),
                Clock.systemUTC(), event -> { }, Duration.ofMinutes(10), chunk);
        store.claim(listId, node, now, now.plus(Duration.ofMinutes(10)));

        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] usedMax = { 0 };
        Runtime rt = Runtime.getRuntime();
        run.afterChunk = checkpoint -> usedMax[0] = Math.max(usedMax[0], rt.totalMemory() - rt.freeMemory());
        String loadBefore = load();
        long i0 = System.nanoTime();
        run.run(listId, node);
        double importSeconds = seconds(i0);
        String loadAfter = load();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        ImportedList done = store.find(listId).orElseThrow();
        long rows = new JdbcTemplate(ds).queryForObject("SELECT COUNT(*) FROM import_row WHERE list_id = ?",
                Long.class, listId);
        long entries = new JdbcTemplate(ds).queryForObject("SELECT COUNT(*) FROM import_entry", Long.class);
        System.out.printf("file %s (%,d bytes), chunk %d, -Xmx %d MB%n", file, Files.size(file), chunk,
                rt.maxMemory() >> 20);
        System.out.printf("load average at start %s; before the import %s; after %s%n", loadStart, loadBefore,
                loadAfter);
        System.out.printf("read + judge only:                 %6.1f s  %,9.0f rows/s (%,d accepted, %,d rejected)%n",
                readSeconds, counted[0] / readSeconds, counted[1], counted[0] - counted[1]);
        System.out.printf("read + judge + blind index + SM4:  %6.1f s  %,9.0f rows/s%n", cryptoSeconds,
                counted[0] / cryptoSeconds);
        System.out.printf("whole import (ImportRun, stored):  %6.1f s  %,9.0f rows/s%n", importSeconds,
                done.rowsRead() / importSeconds);
        System.out.printf("list %s: read %,d, accepted %,d, rejected %,d, corrected %,d; import_row %,d, "
                + "import_entry %,d%n", done.status(), done.rowsRead(), done.rowsAccepted(), done.rowsRejected(),
                done.rowsCorrected(), rows, entries);
        System.out.printf("heap peak during the import: %,d MB (heap pools' peaks), %,d MB (largest used after a "
                + "chunk)%n", peak >> 20, usedMax[0] >> 20);
        ds.destroy();
        try (var walk = Files.walk(storage)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Reads and judges every row (and with a cipher also computes what the write adds); {read, accepted}. */
    private static long[] readAndJudge(Path file, LocalDate today, FieldCipher cipher) {
        CompetitionRowValidation validation = new CompetitionRowValidation(
                ColumnMapping.guess(List.of(HEADER.split(","))), today);
        long read = 0;
        long accepted = 0;
        try (TabularSource source = TabularReader.open(file, null, ImportRun.LIMITS)) {
            source.header();
            Optional<TabularRow> next;
            while ((next = source.next()).isPresent()) {
                RowOutcome outcome = validation.judge(next.get());
                read++;
                if (outcome instanceof RowOutcome.Accepted a) {
                    accepted++;
                    if (cipher != null) {
                        cipher.blindIndex(a.naturalKey());
                        String id = a.value(ImportField.ID_NUMBER);
                        cipher.blindIndex(id);
                        cipher.encrypt(id);
                    }
                }
            }
        }
        return new long[] { read, accepted };
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
