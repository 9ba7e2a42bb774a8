package cn.jiangxin.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.jiangxin.platform.RuleViolationException;
import tools.jackson.databind.JsonNode;

/** Field-level checks of a JSON request: each failure is a 422 whose message starts with the field's path. */
final class RequestFields {

    private RequestFields() {
    }

    static LocalDate optionalDate(JsonNode node, String name, String path) {
        if (!present(node, name)) {
            return null;
        }
        JsonNode v = node.get(name);
        if (!v.isString()) {
            throw new RuleViolationException(path, path + "：日期必须是格式为YYYY-MM-DD的字符串");
        }
        try {
            return LocalDate.parse(v.stringValue());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(path, path + "：“" + shorten(v.stringValue()) + "”不是有效日期（格式YYYY-MM-DD）");
        }
    }

    static String code(JsonNode node, String name, String path) {
        String v = text(node, name, path);
        if (!v.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new RuleViolationException(path, path + "：未知的代码“" + shorten(v) + "”");
        }
        return v;
    }

    static String oneOf(JsonNode node, String name, String path, List<String> allowed) {
        String v = text(node, name, path);
        if (!allowed.contains(v)) {
            throw new RuleViolationException(path, path + "：未知的取值“" + shorten(v) + "”，应为" + String.join("、", allowed) + "之一");
        }
        return v;
    }

    static String text(JsonNode node, String name, String path) {
        JsonNode v = required(node, name, path);
        if (!v.isString()) {
            throw new RuleViolationException(path, path + "：必须是字符串");
        }
        return v.stringValue();
    }

    static JsonNode object(JsonNode node, String name, String path) {
        JsonNode v = required(node, name, path);
        if (!v.isObject()) {
            throw new RuleViolationException(path, path + "：必须是JSON对象");
        }
        return v;
    }

    static JsonNode required(JsonNode node, String name, String path) {
        if (!present(node, name)) {
            throw new RuleViolationException(path, path + "：缺少必填字段");
        }
        return node.get(name);
    }

    static boolean present(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
