package cn.jiangxin.platform.list;

import cn.jiangxin.platform.web.BadListRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads and checks each parameter of a {@link ListQuery}; every refusal names the parameter and what it takes. */
final class ListQueryReader {

    private final ListSpec spec;
    private final Map<String, String[]> parameters;

    ListQueryReader(ListSpec spec, Map<String, String[]> parameters) {
        this.spec = spec;
        this.parameters = parameters;
    }

    String search() {
        String q = single(ListQuery.SEARCH).orElse("");
        if (!q.isEmpty() && !spec.searchable()) {
            throw new BadListRequest("list.error.unknown", ListQuery.SEARCH);
        }
        return checkedText(ListQuery.SEARCH, q);
    }

    int page() {
        return single(ListQuery.PAGE).map(p -> {
            if (!p.matches("[0-9]{1,7}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > ListQuery.MAX_PAGE) {
                throw new BadListRequest("list.error.page", p, String.valueOf(ListQuery.MAX_PAGE));
            }
            return Integer.parseInt(p);
        }).orElse(1);
    }

    int size() {
        return single(ListQuery.SIZE).map(s -> {
            if (!s.matches("[0-9]{1,4}") || !ListSpec.SIZES.contains(Integer.parseInt(s))) {
                throw new BadListRequest("list.error.size", s, ListSpec.SIZES.stream().map(String::valueOf)
                        .collect(Collectors.joining(" / ")));
            }
            return Integer.parseInt(s);
        }).orElse(ListSpec.SIZES.get(0));
    }

    /** The neighbouring row a pager link names ({@code after=3-1234} or {@code before=5-1234}), if any. */
    ListQuery.Seek seek(int page) {
        Optional<String> after = single(ListQuery.AFTER);
        Optional<String> before = single(ListQuery.BEFORE);
        if (after.isPresent() && before.isPresent()) {
            throw new BadListRequest("list.error.seek", ListQuery.AFTER + "/" + ListQuery.BEFORE);
        }
        String name = after.isPresent() ? ListQuery.AFTER : ListQuery.BEFORE;
        return after.or(() -> before).map(value -> {
            String[] parts = value.split("-", -1);
            if (parts.length != 2 || !parts[0].matches("[1-9][0-9]{0,6}") || !parts[1].matches("[1-9][0-9]{0,17}")) {
                throw new BadListRequest("list.error.seek", name);
            }
            ListQuery.Seek seek = new ListQuery.Seek(after.isPresent(), Integer.parseInt(parts[0]),
                    Long.parseLong(parts[1]));
            if (!seek.leadsTo(page)) {
                throw new BadListRequest("list.error.seek", name);
            }
            return seek;
        }).orElse(null);
    }

    String sort() {
        return single(ListQuery.SORT).map(key -> {
            if (!spec.sorts().containsKey(key)) {
                throw new BadListRequest("list.error.sort", key);
            }
            return key;
        }).orElse(spec.defaultSort());
    }

    boolean descending() {
        Optional<String> dir = single(ListQuery.DIRECTION);
        if (dir.isEmpty()) {
            return single(ListQuery.SORT).isEmpty() && spec.defaultDescending();
        }
        return switch (dir.get()) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new BadListRequest("list.error.direction", dir.get());
        };
    }

    Map<String, String> filters() {
        Map<String, String> values = new LinkedHashMap<>();
        spec.filters().values().forEach(f -> single(f.name()).ifPresent(v -> values.put(f.name(), checked(f, v))));
        Optional<LocalDate> from = dateOf(values, "from");
        Optional<LocalDate> to = dateOf(values, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new BadListRequest("list.error.range", values.get("from"), values.get("to"));
        }
        return values;
    }

    private String checked(ListFilter filter, String value) {
        switch (filter.kind()) {
            case TEXT -> checkedText(filter.name(), value);
            case CHOICE -> {
                if (!filter.choices().contains(value)) {
                    throw new BadListRequest("list.error.choice", filter.name(), value);
                }
            }
            case DATE -> {
                try {
                    if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                        throw new DateTimeParseException(value, value, 0);
                    }
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw new BadListRequest("list.error.date", filter.name(), value);
                }
            }
            case ID -> {
                if (!value.matches("[1-9][0-9]{0,17}")) {
                    throw new BadListRequest("list.error.id", filter.name(), value);
                }
            }
        }
        return value;
    }

    private Optional<LocalDate> dateOf(Map<String, String> values, String name) {
        ListFilter filter = spec.filters().get(name);
        return filter == null || filter.kind() != ListFilter.Kind.DATE ? Optional.empty()
                : Optional.ofNullable(values.get(name)).map(LocalDate::parse);
    }

    private static String checkedText(String name, String value) {
        if (value.length() > ListFilter.MAX_TEXT) {
            throw new BadListRequest("list.error.text", name, String.valueOf(ListFilter.MAX_TEXT));
        }
        return value;
    }

    /** The parameter's one value, stripped; empty when absent or blank. */
    private Optional<String> single(String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return Optional.empty();
        }
        if (values.length > 1) {
            throw new BadListRequest("list.error.repeated", name);
        }
        String v = values[0] == null ? "" : values[0].strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
