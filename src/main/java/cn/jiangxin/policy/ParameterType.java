package cn.jiangxin.policy;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a parameter's value is written: in the pack's JSON, and as the canonical text that forms edit and diffs
 * compare (lists one entry a line; tables {@code KEY=value} a line).
 */
enum ParameterType {
    INTEGER, OPTIONAL_INTEGER, MONEY_FEN, TEXT, YEAR_MONTH, BOOLEAN, CODE_LIST, NAMED_CODES, MONEY_TABLE, INTEGER_TABLE;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    String fromJson(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        switch (this) {
            case CODE_LIST: {
                List<String> lines = new ArrayList<>();
                v.forEach(e -> lines.add(e.asString()));
                return String.join("\n", lines);
            }
            case NAMED_CODES:
            case MONEY_TABLE:
            case INTEGER_TABLE: {
                List<String> lines = new ArrayList<>();
                v.properties().forEach(e -> lines.add(e.getKey() + "=" + e.getValue().asString()));
                return String.join("\n", lines);
            }
            default:
                return v.asString();
        }
    }

    JsonNode toJson(String text) {
        switch (this) {
            case INTEGER: return NODES.numberNode(Integer.parseInt(text));
            case OPTIONAL_INTEGER: return text.isEmpty() ? NODES.nullNode() : NODES.numberNode(Integer.parseInt(text));
            case MONEY_FEN: return NODES.numberNode(Long.parseLong(text));
            case BOOLEAN: return NODES.booleanNode(Boolean.parseBoolean(text));
            case CODE_LIST: {
                var array = NODES.arrayNode();
                lines(text).forEach(array::add);
                return array;
            }
            case NAMED_CODES:
            case MONEY_TABLE:
            case INTEGER_TABLE: {
                ObjectNode object = NODES.objectNode();
                table(text).forEach((k, val) -> {
                    if (this == MONEY_TABLE || this == INTEGER_TABLE) {
                        object.put(k, Long.parseLong(val));
                    } else {
                        object.put(k, val);
                    }
                });
                return object;
            }
            default: return NODES.stringNode(text);
        }
    }

    /** The message key of what is wrong with the text, or null when it is a valid value. */
    String problem(String text, Long min, Pattern pattern) {
        String t = text == null ? "" : text.strip();
        switch (this) {
            case OPTIONAL_INTEGER:
                if (t.isEmpty()) {
                    return null;
                }
                return integerProblem(t, min);
            case INTEGER:
            case MONEY_FEN:
                return t.isEmpty() ? "policy.error.required" : integerProblem(t, this == MONEY_FEN ? Long.valueOf(0) : min);
            case YEAR_MONTH:
                try {
                    YearMonth.parse(t);
                    return null;
                } catch (DateTimeParseException e) {
                    return "policy.error.yearMonth";
                }
            case BOOLEAN:
                return t.equals("true") || t.equals("false") ? null : "policy.error.boolean";
            case CODE_LIST:
                return lines(t).stream().allMatch(c -> CODE.matcher(c).matches()) ? null : "policy.error.code";
            case NAMED_CODES:
            case MONEY_TABLE:
            case INTEGER_TABLE:
                return tableProblem(t);
            default:
                if (t.isEmpty()) {
                    return "policy.error.required";
                }
                return pattern == null || pattern.matcher(t).matches() ? null : "policy.error.pattern";
        }
    }

    private String integerProblem(String t, Long min) {
        long n;
        try {
            n = Long.parseLong(t);
        } catch (NumberFormatException e) {
            return "policy.error.integer";
        }
        if (this != MONEY_FEN && (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE)) {
            return "policy.error.integer";
        }
        if (min != null && n < min) {
            return min == 0 ? "policy.error.negative" : "policy.error.min";
        }
        return null;
    }

    private String tableProblem(String t) {
        for (String line : lines(t)) {
            int eq = line.indexOf('=');
            if (eq <= 0 || !CODE.matcher(line.substring(0, eq).strip()).matches()) {
                return "policy.error.table";
            }
            String value = line.substring(eq + 1).strip();
            if (value.isEmpty()) {
                return "policy.error.table";
            }
            if (this == MONEY_TABLE || this == INTEGER_TABLE) {
                try {
                    long n = Long.parseLong(value);
                    if (this == INTEGER_TABLE && n > Integer.MAX_VALUE) {
                        return "policy.error.integer";
                    }
                    if (n < 0) {
                        return "policy.error.negative";
                    }
                } catch (NumberFormatException e) {
                    return "policy.error.table";
                }
            }
        }
        return null;
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    static Map<String, String> table(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(text)) {
            int eq = line.indexOf('=');
            out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return out;
    }
}
