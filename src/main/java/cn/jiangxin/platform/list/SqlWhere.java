package cn.jiangxin.platform.list;

import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.DbTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A WHERE clause built from a list's filters: each condition the Store writes is added only when its filter has a
 * value, with its value as a named parameter. Searches use LIKE with {@code %}, {@code _} and {@code \} escaped.
 * Conditions are the Store's own SQL text; values never become SQL.
 */
public final class SqlWhere {

    private static final Pattern PARAMETER = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** A condition without parameters, or with parameters the Store binds itself. */
    public SqlWhere and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** {@code condition} with {@code :name} bound to {@code value}, when {@code value} is present. */
    public SqlWhere and(String condition, String name, Optional<?> value) {
        value.ifPresent(v -> and(condition).bind(name, v));
        return this;
    }

    /** {@code condition} with {@code :name} bound to {@code value}, unless {@code value} is blank. */
    public SqlWhere and(String condition, String name, String value) {
        return and(condition, name, Optional.ofNullable(value).filter(v -> !v.isBlank()));
    }

    /**
     * Any of {@code columns} contains {@code text} (case-insensitive) unless the text is blank; {@code columns} are
     * the Store's column expressions.
     */
    public SqlWhere like(String text, String... columns) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> any = new ArrayList<>();
        for (String column : columns) {
            any.add("LOWER(" + column + ") LIKE :listSearch ESCAPE '\\'");
        }
        conditions.add("(" + String.join(" OR ", any) + ")");
        return bind("listSearch", "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
    }

    /**
     * The moment in {@code column} falls on one of the Beijing days {@code from} … {@code to} (both included), each
     * end only when given.
     */
    public SqlWhere withinDays(String column, Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isPresent()) {
            and(column + " >= :daysFrom").bind("daysFrom", DbTime.toDb(BeijingTime.startOf(from.get())));
        }
        if (to.isPresent()) {
            and(column + " < :daysTo").bind("daysTo", DbTime.toDb(BeijingTime.startOf(to.get().plusDays(1))));
        }
        return this;
    }

    /** Binds a parameter that a condition added with {@link #and(String)} uses. */
    public SqlWhere bind(String name, Object value) {
        if (!PARAMETER.matcher(name).matches() || params.put(name, value) != null) {
            throw new IllegalArgumentException("parameter not usable or bound twice: " + name);
        }
        return this;
    }

    /** {@code ""} or {@code " WHERE a AND b"}. */
    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped for {@code LIKE ... ESCAPE '\'}. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
