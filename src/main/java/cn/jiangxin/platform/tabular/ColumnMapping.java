package cn.jiangxin.platform.tabular;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which column holds which {@link ImportField}, as guessed from the header row (staff confirm or correct it). A
 * header is compared cleaned (half-width, no spaces, brackets as (), without * ※ marks and a trailing colon): the
 * same as a usual name is sure (confidence 1); containing one ("参赛选手姓名" contains 姓名) is likely (0.6, the
 * longest name contained wins). Columns with no known name are left out; two columns guessed as the same field are
 * both marked duplicate, and {@link #column(ImportField)} then takes the surer, or the first.
 */
public record ColumnMapping(List<Column> columns) {

    private static final double SAME = 1.0;
    private static final double CONTAINS = 0.6;

    /** A column's guess: 0-based index, the header as read, its field, how sure (0..1), whether another column
     *  was guessed as the same field. */
    public record Column(int index, String header, ImportField field, double confidence, boolean duplicate) {
    }

    public ColumnMapping {
        columns = List.copyOf(columns);
    }

    public static ColumnMapping guess(List<String> headers) {
        List<Column> guessed = new ArrayList<>();
        Map<ImportField, Integer> counts = new EnumMap<>(ImportField.class);
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            Optional<Column> column = guess(i, header);
            column.ifPresent(c -> {
                guessed.add(c);
                counts.merge(c.field(), 1, Integer::sum);
            });
        }
        List<Column> marked = guessed.stream().map(c -> counts.get(c.field()) > 1
                ? new Column(c.index(), c.header(), c.field(), c.confidence(), true) : c).toList();
        return new ColumnMapping(marked);
    }

    private static Optional<Column> guess(int index, String header) {
        String h = bare(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        ImportField best = null;
        int bestLength = 0;
        for (ImportField field : ImportField.values()) {
            for (String name : field.headers()) {
                String n = bare(name);
                if (n.equals(h)) {
                    return Optional.of(new Column(index, header, field, SAME, false));
                }
                if (h.contains(n) && n.length() > bestLength) {
                    best = field;
                    bestLength = n.length();
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Column(index, header, best, CONTAINS, false));
    }

    /** A header as compared: cleaned, simplified, no spaces, () brackets, no * ※ marks or trailing colon. */
    static String bare(String header) {
        String s = SimplifiedForMatching.of(CleanText.compact(header));
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '*' && c != '※' && c != '★' && c != ' ') {
                out.append(c == '【' || c == '[' ? '(' : c == '】' || c == ']' ? ')' : c);
            }
        }
        String bare = out.toString();
        while (bare.endsWith(":")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return bare;
    }

    /** The column of a field: the surest guess, the first of equally sure ones. */
    public OptionalInt column(ImportField field) {
        Column best = null;
        for (Column c : columns) {
            if (c.field() == field && (best == null || c.confidence() > best.confidence())) {
                best = c;
            }
        }
        return best == null ? OptionalInt.empty() : OptionalInt.of(best.index());
    }

    public boolean has(ImportField field) {
        return column(field).isPresent();
    }

    /** Columns guessed as a field another column was guessed as too. */
    public List<Column> duplicates() {
        return columns.stream().filter(Column::duplicate).toList();
    }
}
