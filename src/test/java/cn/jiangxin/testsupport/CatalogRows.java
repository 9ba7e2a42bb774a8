package cn.jiangxin.testsupport;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a row into any table of the schema from the database's own catalogue, so that a test can touch every
 * table with a CHECK constraint without knowing them: required columns get fresh values (unique text, later dates for
 * later columns so that {@code end > start} holds, and the number 1, which is positive and equals itself), a text column a CHECK compares with literals gets the first
 * literal (never one it must differ from), a required foreign key gets a parent row written the same way, and nullable columns stay empty. The one
 * table that holds a single row by design ({@code audit_head}) is updated in place instead.
 */
public final class CatalogRows {

    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");
    /** A comparison that the literal must not satisfy ({@code NOT IN}, {@code <>}): its literal is no value to use. */
    private static final Pattern NEGATION = Pattern.compile("\\bnot\\b|<>|!=");
    private static final Set<String> SINGLETONS = Set.of("audit_head");

    private final Connection connection;
    private final DatabaseMetaData meta;
    private final String schema;
    private final boolean postgres;
    private final Map<String, List<String>> checks = new HashMap<>();
    private int sequence = 1;

    public CatalogRows(Connection connection) throws SQLException {
        this.connection = connection;
        this.meta = connection.getMetaData();
        this.postgres = meta.getDatabaseProductName().equals("PostgreSQL");
        this.schema = connection.getSchema();
        String sql = postgres
                ? """
                  SELECT c.conrelid::regclass::text, pg_get_constraintdef(c.oid) FROM pg_constraint c
                  WHERE c.contype = 'c' AND c.connamespace = current_schema()::regnamespace"""
                : """
                  SELECT tc.table_name, cc.check_clause FROM information_schema.table_constraints tc
                  JOIN information_schema.check_constraints cc
                    ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name
                  WHERE tc.constraint_type = 'CHECK' AND tc.table_schema = current_schema""";
        try (var st = connection.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String table = rs.getString(1).replace("\"", "").toLowerCase(Locale.ROOT);
                table = table.substring(table.lastIndexOf('.') + 1);
                checks.computeIfAbsent(table, t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
    }

    public Set<String> tablesWithCheckConstraints() {
        return new TreeSet<>(checks.keySet());
    }

    /** Writes one row into the table (and the parent rows it needs); returns the row's values by column. */
    public Map<String, Object> writeOne(String table) throws SQLException {
        if (SINGLETONS.contains(table)) {
            try (var st = connection.createStatement()) {
                st.executeUpdate("UPDATE " + table + " SET singleton = singleton");
            }
            return Map.of();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> generated = new ArrayList<>();
        Map<String, String[]> parents = parents(table);
        try (ResultSet rs = meta.getColumns(null, schema, table, null)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                boolean required = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls;
                boolean defaulted = rs.getString("COLUMN_DEF") != null
                        || "YES".equals(rs.getString("IS_AUTOINCREMENT"))
                        || "YES".equals(rs.getString("IS_GENERATEDCOLUMN"));
                if (defaulted) {
                    generated.add(column);
                } else if (required) {
                    values.put(column, valueFor(table, column, rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE"),
                            parents.get(column)));
                }
            }
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                + String.join(", ", values.keySet().stream().map(k -> "?").toList()) + ")";
        try (PreparedStatement insert = generated.isEmpty() ? connection.prepareStatement(sql)
                : connection.prepareStatement(sql, generated.toArray(String[]::new))) {
            int i = 1;
            for (Object value : values.values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!generated.isEmpty() && keys.next()) {
                    for (String column : generated) {
                        values.put(column, keys.getObject(column));
                    }
                }
            }
        }
        return values;
    }

    private Object valueFor(String table, String column, int type, int size, String[] parent) throws SQLException {
        int n = sequence++;
        if (parent != null) {
            return writeOne(parent[0]).get(parent[1]);
        }
        return switch (type) {
            case Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.NCHAR, Types.LONGVARCHAR, Types.CLOB ->
                    checkedLiteral(table, column).orElseGet(() -> fit("v" + n, size));
            case Types.BIGINT -> 1L;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> 1;
            case Types.NUMERIC, Types.DECIMAL -> java.math.BigDecimal.ONE;
            case Types.BOOLEAN, Types.BIT -> false;
            case Types.DATE -> LocalDate.of(2026, 1, 1).plusDays(n);
            case Types.TIME -> java.time.LocalTime.of(6, 0).plusSeconds(n); // later columns later: end after start
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                    OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(n);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> new byte[] {(byte) n};
            default -> throw new IllegalStateException("no test value for " + table + "." + column + " of type " + type);
        };
    }

    /** The first literal a CHECK compares this column with, if no other column stands between them. */
    private java.util.Optional<String> checkedLiteral(String table, String column) throws SQLException {
        List<String> others = columnNames(table);
        others.remove(column);
        for (String clause : checks.getOrDefault(table, List.of())) {
            String lower = clause.replace("\"", "").toLowerCase(Locale.ROOT);
            Matcher mention = Pattern.compile("\\b" + Pattern.quote(column) + "\\b").matcher(lower);
            while (mention.find()) {
                Matcher literal = LITERAL.matcher(clause.replace("\"", ""));
                if (literal.find(mention.end())) {
                    String between = lower.substring(mention.end(), literal.start());
                    if (!NEGATION.matcher(between).find() && others.stream().noneMatch(o -> Pattern.compile(
                            "\\b" + Pattern.quote(o) + "\\b").matcher(between).find())) {
                        return java.util.Optional.of(literal.group(1));
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    private List<String> columnNames(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** Column → {referenced table, referenced column} for the table's foreign keys. */
    private Map<String, String[]> parents(String table) throws SQLException {
        Map<String, String[]> parents = new HashMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                String parentTable = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (!parentTable.equals(table)) {
                    parents.put(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                            new String[] {parentTable, rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)});
                }
            }
        }
        return parents;
    }

    private static String fit(String value, int size) {
        return size > 0 && value.length() > size ? value.substring(value.length() - size) : value;
    }
}
