package cn.jiangxin.matching;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.jiangxin.platform.crypto.FieldCipher;
import cn.jiangxin.testsupport.IdNumbers;
import cn.jiangxin.unit.UnifiedSocialCreditCode;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The registry matcher against the floor of a hand-written SQL join by blind index, in the same run on the same data
 * (bench/matching/README.md). Creates schema {@code bench_matching} in PostgreSQL's database {@code test} (Flyway,
 * the application's migrations), fills it with N people in 2,000 units (real HMAC-SM3 blind indexes of a benchmark
 * key; the encrypted columns hold placeholders, never read) and times M list rows both ways.
 * <pre>java … cn.jiangxin.matching.MatchingBenchmark [people=1000000] [rows=200000]</pre>
 */
public final class MatchingBenchmark {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平";
    private static final int UNITS = 2000;
    private static final String URL = System.getProperty("bench.url",
            "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_matching&reWriteBatchedInserts=true");

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rowCount = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        FieldCipher cipher = FieldCipher.withKey("bench-match-key!".getBytes(StandardCharsets.UTF_8));
        SingleConnectionDataSource ds = new SingleConnectionDataSource(URL, "postgres", "", true);
        Connection c = ds.getConnection();
        long t0 = System.nanoTime();
        if (Boolean.getBoolean("bench.keep") && filled(c) == people) {
            System.out.printf("kept the %,d people of the last run (-Dbench.keep=true)%n", people);
        } else {
            try (Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS bench_matching CASCADE");
            }
            Flyway.configure().dataSource(ds).schemas("bench_matching").locations("classpath:db/migration").load()
                    .migrate();
            fill(c, cipher, people);
            System.out.printf("filled %,d people in %,d units in %.1f s%n", people, UNITS, seconds(t0));
        }

        List<RowToMatch> rows = rows(people, rowCount, new Random(17));
        RegistryMatcher matcher = new RegistryMatcher(new MatchingStore(JdbcClient.create(ds)), cipher,
                Clock.systemUTC());
        List<RowToMatch> warmUp = rows.subList(0, Math.min(rows.size(), 20_000));
        join(c, cipher, warmUp);
        matcher.matchAll(warmUp);

        String loadBefore = load();
        long j0 = System.nanoTime();
        int joined = join(c, cipher, rows);
        double joinSeconds = seconds(j0);
        long m0 = System.nanoTime();
        Map<MatchOutcome, Integer> outcomes = new EnumMap<>(MatchOutcome.class);
        matcher.matchAll(rows.stream(), (row, match) -> outcomes.merge(match.outcome(), 1, Integer::sum));
        double matchSeconds = seconds(m0);
        System.out.printf("rows %,d against %,d people; load average before %s, after %s%n", rowCount, people,
                loadBefore, load());
        System.out.printf("SQL join by blind index: %.2f s (%,d rows found)%n", joinSeconds, joined);
        System.out.printf("bulk matcher:            %.2f s %s%n", matchSeconds, outcomes);
        System.out.printf("ratio matcher / join:    %.2f%n", matchSeconds / joinSeconds);
        if (Boolean.getBoolean("bench.explain")) {
            explain(c, cipher, rows);
        }
        ds.destroy();
    }

    private static long filled(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bench_matching.person")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    /**
     * EXPLAIN (ANALYZE, BUFFERS) of the floor's join and of the matcher's two statements for one chunk of rows (the
     * first chunk's blind indexes, also cut to a small list's 450, and the (unit, name) pairs of the first 500 rows
     * without a registered number), with the parameters bound as the application binds them.
     */
    private static void explain(Connection c, FieldCipher cipher, List<RowToMatch> rows) throws Exception {
        LocalDate today = LocalDate.now();
        System.out.println("\n#### the floor: the join of the rows' blind indexes with person\n");
        print(c, "SELECT r.n, p.id, p.name, p.unit_id FROM bench_row r LEFT JOIN person p ON p.id_number_index = r.idx",
                List.of());
        List<String> indexes = new ArrayList<>();
        List<Long> units = new ArrayList<>();
        List<String> names = new ArrayList<>();
        java.util.Set<String> found = new java.util.HashSet<>();
        for (RowToMatch row : rows.subList(0, Math.min(rows.size(), MatchingRules.MATCH_CHUNK))) {
            if (row.idNumber() != null) {
                var id = cn.jiangxin.platform.tabular.ImportedIdNumber.of(row.idNumber(), today);
                if (id.accepted()) {
                    indexes.add(cipher.blindIndex(id.value()));
                }
            }
        }
        String person = "SELECT p.id, p.name, p.unit_id, p.id_number_index FROM person p ";
        try (PreparedStatement s = c.prepareStatement("SELECT id_number_index FROM person WHERE id_number_index = ANY(?)")) {
            s.setArray(1, c.createArrayOf("varchar", indexes.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        for (RowToMatch row : rows.subList(0, Math.min(rows.size(), MatchingRules.LOOKUP_CHUNK))) {
            String index = row.idNumber() == null ? null
                    : cipher.blindIndex(cn.jiangxin.platform.tabular.ImportedIdNumber.of(row.idNumber(), today).value());
            if ((index == null || !found.contains(index)) && row.unitName() != null) {
                int unit = Integer.parseInt(row.unitName().replaceAll("[^0-9]", ""));
                units.add((long) unit);
                names.add(row.name());
            }
        }
        System.out.printf("%n#### the matcher's look-up by blind index, one chunk (%d indexes)%n%n", indexes.size());
        print(c, person + "WHERE p.id_number_index = ANY(?)", List.of(c.createArrayOf("varchar", indexes.toArray())));
        List<String> few = indexes.subList(0, Math.min(indexes.size(), 450));
        System.out.printf("%n#### the same look-up for a small list (%d indexes)%n%n", few.size());
        print(c, person + "WHERE p.id_number_index = ANY(?)", List.of(c.createArrayOf("varchar", few.toArray())));
        System.out.printf("%n#### the matcher's look-up by unit and name, one chunk (%d pairs)%n%n", units.size());
        print(c, person + "JOIN unnest(?, ?) AS k (unit_id, name) ON p.unit_id = k.unit_id AND p.name = k.name",
                List.of(c.createArrayOf("bigint", units.toArray()), c.createArrayOf("varchar", names.toArray())));
    }

    private static void print(Connection c, String sql, List<Object> params) throws Exception {
        System.out.println("```sql\n" + (sql.length() > 300 ? sql.substring(0, 300) + " …" : sql) + "\n```\n```");
        try (PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    System.out.println(line.length() > 200 ? line.substring(0, 200) + " …" : line);
                }
            }
        }
        System.out.println("```");
    }

    private static void fill(Connection c, FieldCipher cipher, int people) throws Exception {
        c.setAutoCommit(false);
        try (PreparedStatement u = c.prepareStatement("INSERT INTO unit (id, name, kind, credit_code, district_code, "
                + "address, contact_name, contact_phone, created_at, updated_at) VALUES (?, ?, 'EMPLOYER', ?, "
                + "'110105', '北京市朝阳区测试路1号', '联系人', '010-65090443', now(), now())")) {
            for (int x = 1; x <= UNITS; x++) {
                String body = "91110105" + String.format("%09d", x);
                u.setLong(1, x);
                u.setString(2, unitName(x));
                u.setString(3, body + UnifiedSocialCreditCode.checkCharacter(body));
                u.addBatch();
            }
            u.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO person (id, name, name_initials, id_number_enc, "
                + "id_number_index, birth_date, sex, phone_enc, unit_id, created_at, updated_at) "
                + "VALUES (?, ?, ' ', 'bench', ?, ?, 'MALE', 'bench', ?, now(), now())")) {
            for (int x = 1; x <= people; x++) {
                p.setLong(1, x);
                p.setString(2, name(x));
                p.setString(3, cipher.blindIndex(idNumber(x)));
                p.setObject(4, birth(x));
                p.setLong(5, unitOf(x));
                p.addBatch();
                if (x % 5000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE person");
            s.execute("ANALYZE unit");
        }
    }


    /** 70 % an 18-digit number, 10 % its 15-digit form (born before 2000), 10 % name and unit only, 10 % a number nobody has. */
    private static List<RowToMatch> rows(int people, int count, Random random) {
        List<RowToMatch> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int x = 1 + random.nextInt(people);
            String id = idNumber(x);
            rows.add(switch (i % 10) {
                case 7 -> new RowToMatch(name(x), birth(x).getYear() < 2000 ? id.substring(0, 6) + id.substring(8, 17)
                        : id, null, null);
                case 8 -> new RowToMatch(name(x), null, "北京市" + unitName(unitOf(x)), null);
                case 9 -> new RowToMatch(name(x), idNumber(people + x), unitName(unitOf(x)), null);
                default -> new RowToMatch(name(x), id, unitName(unitOf(x)), null);
            });
        }
        return rows;
    }

    /**
     * The floor: each row's blind index (on the 18-digit number, as typed or made from 15 digits) into a temporary
     * table in batches, one join to person, every answer read.
     */
    private static int join(Connection c, FieldCipher cipher, List<RowToMatch> rows) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_row");
            s.execute("CREATE TEMPORARY TABLE bench_row (n INT, idx VARCHAR(64))");
        }
        LocalDate today = LocalDate.now();
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO bench_row (n, idx) VALUES (?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                String raw = rows.get(i).idNumber();
                if (raw == null) {
                    continue;
                }
                var id = cn.jiangxin.platform.tabular.ImportedIdNumber.of(raw, today);
                if (!id.accepted()) {
                    continue;
                }
                p.setInt(1, i);
                p.setString(2, cipher.blindIndex(id.value()));
                p.addBatch();
                if (i % 5000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        int found = 0;
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE bench_row");
            try (ResultSet rs = s.executeQuery("SELECT r.n, p.id, p.name, p.unit_id FROM bench_row r "
                    + "LEFT JOIN person p ON p.id_number_index = r.idx")) {
                while (rs.next()) {
                    rs.getString(3);
                    if (rs.getLong(2) != 0) {
                        found++;
                    }
                }
            }
        }
        return found;
    }

    private static String idNumber(int x) {
        return IdNumbers.of(IdNumbers.AREA, birth(x), String.format("%03d", (x / 15000) % 1000));
    }

    private static LocalDate birth(int x) {
        return LocalDate.of(1960, 1, 1).plusDays(x % 15000);
    }

    /** Three characters (8,000 names): repeated across units, unique within a unit of up to 8,000 people. */
    private static String name(int x) {
        int k = x / UNITS;
        return "" + SURNAMES.charAt(k % 20) + GIVEN.charAt(k / 20 % 20) + GIVEN.charAt(k / 400 % 20);
    }

    private static int unitOf(int x) {
        return 1 + x % UNITS;
    }

    private static String unitName(int unit) {
        return "朝阳区" + "东西南北中".charAt(unit % 5) + "技能单位" + unit + "号有限公司";
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
