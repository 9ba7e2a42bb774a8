package cn.jiangxin.platform.tabular;

import java.util.List;
import java.util.Map;

/** What became of one row: accepted with its normalised values and natural key, or rejected with its reasons. */
public sealed interface RowOutcome {

    long rowNumber();

    /**
     * @param values     normalised values by field (ID number 18 characters, place "1"… or "优胜奖", date ISO)
     * @param naturalKey what identifies the row across imports of the same list (see {@link CompetitionRowValidation})
     * @param notes      what was changed or is doubtful, in words
     */
    record Accepted(long rowNumber, Map<ImportField, String> values, String naturalKey, List<String> notes)
            implements RowOutcome {

        public Accepted {
            values = Map.copyOf(values);
            notes = List.copyOf(notes);
        }

        public String value(ImportField field) {
            return values.getOrDefault(field, "");
        }
    }

    /** @param cells the row as read, for the rejected-rows download */
    record Rejected(long rowNumber, List<String> reasons, List<String> cells) implements RowOutcome {

        public Rejected {
            reasons = List.copyOf(reasons);
            cells = List.copyOf(cells);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs its reasons");
            }
        }
    }
}
