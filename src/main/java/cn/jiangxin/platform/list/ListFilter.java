package cn.jiangxin.platform.list;

import java.util.List;
import java.util.Objects;

/** One named filter of a list: free text, one of fixed choices, a date or an id. */
record ListFilter(String name, Kind kind, List<String> choices) {

    /** The longest text a search or text filter takes. */
    static final int MAX_TEXT = 100;

    enum Kind { TEXT, CHOICE, DATE, ID }

    public ListFilter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        if (kind == Kind.CHOICE == choices.isEmpty()) {
            throw new IllegalArgumentException("choices belong to, and only to, a choice filter: " + name);
        }
    }
}
