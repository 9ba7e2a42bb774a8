package cn.jiangxin.platform.tabular;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Judges each row of a competition result list under a column mapping, one row at a time (a bad row never fails the
 * file): the reader's faults, then each mapped field normalised (个人/个人赛 as 个人, 团体/团体赛/团队/集体 as 团体).
 * A row needs a name, and an ID number or a unit to
 * be matched by later; an ID number, place or date that is there must be valid; an ID number Excel stored as a number
 * (digits lost) is refused. The natural key identifies the person's result across imports of the same list: the ID
 * number (or, without one, the name and the unit reduced for matching), the competition, the edition and the event,
 * simplified for matching and joined with U+001F.
 */
public final class CompetitionRowValidation {

    private static final char KEY_SEPARATOR = '\u001F';

    private final ColumnMapping mapping;
    private final LocalDate asOf;

    /** @param asOf the day of the import: an ID number's birth date must not be later */
    public CompetitionRowValidation(ColumnMapping mapping, LocalDate asOf) {
        this.mapping = mapping;
        this.asOf = asOf;
    }

    public RowOutcome judge(TabularRow row) {
        List<String> reasons = new ArrayList<>(row.faults());
        List<String> notes = new ArrayList<>(row.notes());
        Map<ImportField, String> values = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            OptionalInt column = mapping.column(field);
            if (column.isEmpty()) {
                continue;
            }
            String raw = row.cell(column.getAsInt());
            if (field == ImportField.ID_NUMBER && row.unreliableColumns().contains(column.getAsInt())) {
                reasons.add("身份证号被Excel存成了数字，后几位已经丢失，请把该列设为文本后重新导出");
                continue;
            }
            normalise(field, raw, values, reasons, notes);
        }
        if (values.getOrDefault(ImportField.NAME, "").isEmpty()) {
            reasons.add("姓名为空");
        }
        if (!values.containsKey(ImportField.ID_NUMBER) && values.getOrDefault(ImportField.UNIT, "").isEmpty()
                && !reasons.stream().anyMatch(r -> r.startsWith("身份证号"))) {
            reasons.add("身份证号和工作单位都为空，无法确定是谁");
        }
        if (!reasons.isEmpty()) {
            return new RowOutcome.Rejected(row.number(), reasons, row.cells());
        }
        return new RowOutcome.Accepted(row.number(), values, naturalKey(values), notes);
    }

    private void normalise(ImportField field, String raw, Map<ImportField, String> values, List<String> reasons,
            List<String> notes) {
        switch (field) {
            case NAME -> values.put(field, CleanText.personName(raw));
            case ID_NUMBER -> {
                if (!CleanText.compact(raw).isEmpty()) {
                    take(field, ImportedIdNumber.of(raw, asOf), values, reasons, notes);
                }
            }
            case PLACE -> {
                Normalised<Placing> placing = Placing.of(raw);
                take(field, placing.accepted() ? Normalised.ok(placing.value().words()) : Normalised.refused(
                        placing.refusal()), values, reasons, notes);
            }
            case DATE -> {
                if (!CleanText.compact(raw).isEmpty()) {
                    Normalised<LocalDate> date = ImportedDate.of(raw);
                    take(field, date.accepted() ? new Normalised<>(date.value().toString(), date.note(), null)
                            : Normalised.refused(date.refusal()), values, reasons, notes);
                }
            }
            case UNIT_CREDIT_CODE -> values.put(field, CleanText.compact(raw).toUpperCase());
            case TEAM_OR_INDIVIDUAL -> {
                String s = SimplifiedForMatching.of(CleanText.compact(raw));
                if (s.startsWith("个人")) {
                    values.put(field, "个人");
                } else if (s.startsWith("团体") || s.startsWith("团队") || s.startsWith("集体")) {
                    values.put(field, "团体");
                } else if (!s.isEmpty()) {
                    reasons.add("个人/团体“" + ImportedDate.shortened(s) + "”无法识别（可填个人或团体）");
                }
            }
            default -> values.put(field, CleanText.of(raw));
        }
    }

    private static void take(ImportField field, Normalised<String> result, Map<ImportField, String> values,
            List<String> reasons, List<String> notes) {
        if (result.accepted()) {
            values.put(field, result.value());
            result.noteIfAny().ifPresent(notes::add);
        } else {
            reasons.add(result.refusal());
        }
    }

    private static String naturalKey(Map<ImportField, String> values) {
        String who = values.containsKey(ImportField.ID_NUMBER) ? values.get(ImportField.ID_NUMBER)
                : SimplifiedForMatching.of(values.get(ImportField.NAME)) + KEY_SEPARATOR
                        + UnitNameForMatching.of(values.getOrDefault(ImportField.UNIT, ""));
        return who + KEY_SEPARATOR + matching(values, ImportField.COMPETITION) + KEY_SEPARATOR
                + matching(values, ImportField.EDITION) + KEY_SEPARATOR + matching(values, ImportField.EVENT);
    }

    private static String matching(Map<ImportField, String> values, ImportField field) {
        return SimplifiedForMatching.of(CleanText.compact(values.getOrDefault(field, ""))).toUpperCase();
    }
}
