package cn.jiangxin.eligibility;

import static cn.jiangxin.eligibility.RequestFields.code;
import static cn.jiangxin.eligibility.RequestFields.object;
import static cn.jiangxin.eligibility.RequestFields.oneOf;
import static cn.jiangxin.eligibility.RequestFields.optionalDate;
import static cn.jiangxin.eligibility.RequestFields.present;
import static cn.jiangxin.eligibility.RequestFields.required;
import static cn.jiangxin.eligibility.RequestFields.shorten;
import static cn.jiangxin.eligibility.RequestFields.text;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.jiangxin.eligibility.domain.Achievement;
import cn.jiangxin.eligibility.domain.AffiliatedUnit;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.RetirementCategory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the v1 request body leniently as a JSON tree and checks it field by field, so that every mistake is
 * answered with a 422 naming the field ({@link RuleViolationException}); only text that is not JSON is a
 * {@link MalformedJsonException} (400). A body over {@value #MAX_BODY_BYTES} bytes is a {@link BodyTooLargeException}
 * (413), refused by its declared length before it is read, or as soon as it streams past the limit.
 */
final class EvaluationRequestReader {

    static final List<String> KINDS = List.of("SCHOOL", "EMPLOYER", "PUBLIC_INSTITUTION", "ASSOCIATION");
    static final List<String> STUDIO_LEVELS = List.of("NATIONAL", "BEIJING", "CHAOYANG");
    static final List<String> TYPES = List.of("COMPETITION", "HONOR", "STUDIO_LEADER");
    /** 64 KiB: a request with the most achievements allowed takes about 5 KiB, twice that pretty-printed. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** A person has a handful of achievements; the API evaluates at most this many in one request. */
    static final int MAX_ACHIEVEMENTS = 50;

    private final JsonMapper json;

    EvaluationRequestReader(JsonMapper json) {
        this.json = json;
    }

    /**
     * Reads at most {@value #MAX_BODY_BYTES} bytes plus one, whatever the body's length: {@code declaredLength} (the
     * Content-Length, -1 when the body is chunked) over the limit is refused before anything is read.
     */
    EvaluationInput read(InputStream body, long declaredLength) throws IOException {
        if (declaredLength > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        return read(bytes);
    }

    EvaluationInput read(byte[] body) {
        if (body == null || body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new RuleViolationException("body", "body：请求体为空，须提交包含person、affiliation、recommendedByAffiliation和achievements的JSON对象");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedJsonException(e);
        }
        if (root == null || !root.isObject()) {
            throw new RuleViolationException("body", "body：请求体必须是JSON对象");
        }
        LocalDate asOf = optionalDate(root, "asOf", "asOf");
        JsonNode person = object(root, "person", "person");
        String idNumber = text(person, "idNumber", "person.idNumber");
        RetirementCategory category = null;
        if (present(person, "retirementCategory")) {
            category = RetirementCategory.valueOf(oneOf(person, "retirementCategory", "person.retirementCategory",
                    Arrays.stream(RetirementCategory.values()).map(Enum::name).toList()));
        }
        JsonNode affiliation = object(root, "affiliation", "affiliation");
        String kind = oneOf(affiliation, "kind", "affiliation.kind", KINDS);
        String district = text(affiliation, "districtCode", "affiliation.districtCode");
        if (!district.matches("\\d{6}")) {
            throw new RuleViolationException("affiliation.districtCode",
                    "affiliation.districtCode：区县代码应为6位数字的行政区划代码（朝阳区为110105），收到“" + shorten(district) + "”");
        }
        JsonNode recommended = required(root, "recommendedByAffiliation", "recommendedByAffiliation");
        if (!recommended.isBoolean()) {
            throw new RuleViolationException("recommendedByAffiliation", "recommendedByAffiliation：必须是true或false");
        }
        JsonNode list = required(root, "achievements", "achievements");
        if (!list.isArray()) {
            throw new RuleViolationException("achievements", "achievements：必须是数组（没有成绩时为[]）");
        }
        if (list.size() > MAX_ACHIEVEMENTS) {
            throw new RuleViolationException("achievements", "achievements：一次最多评估" + MAX_ACHIEVEMENTS
                    + "项成绩，收到" + list.size() + "项");
        }
        List<Achievement> achievements = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            achievements.add(achievement(list.get(i), "achievements[" + i + "]"));
        }
        return new EvaluationInput(asOf, idNumber, category, new AffiliatedUnit(kind, district),
                recommended.booleanValue(), achievements);
    }

    private Achievement achievement(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new RuleViolationException(path, path + "：每项成绩必须是JSON对象");
        }
        String type = oneOf(node, "type", path + ".type", TYPES);
        switch (type) {
            case "COMPETITION": {
                String competition = oneOf(node, "competition", path + ".competition", Competition.codes());
                int place = place(node, path + ".place");
                return new Achievement.CompetitionPlace(competition, place, date(node, path));
            }
            case "HONOR":
                return new Achievement.Honor(code(node, "honor", path + ".honor"), date(node, path));
            default:
                return new Achievement.StudioLeadership(oneOf(node, "level", path + ".level", STUDIO_LEVELS), date(node, path));
        }
    }

    private static int place(JsonNode node, String path) {
        JsonNode v = required(node, "place", path);
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw new RuleViolationException(path, path + "：名次必须是不小于1的整数（1、2、3……），收到" + shorten(v.toString()));
        }
        return v.intValue();
    }

    private static LocalDate date(JsonNode node, String path) {
        LocalDate d = optionalDate(node, "date", path + ".date");
        if (d == null) {
            throw new RuleViolationException(path + ".date", path + ".date：缺少必填字段（取得日期，格式如2024-09-15）");
        }
        return d;
    }

    /** The body is longer than {@value #MAX_BODY_BYTES} bytes (413). */
    static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException() {
            super("request body over " + MAX_BODY_BYTES + " bytes");
        }
    }

    /** The body is not JSON at all (400). */
    static final class MalformedJsonException extends RuntimeException {
        MalformedJsonException(JacksonException cause) {
            super(cause.getOriginalMessage(), cause);
        }

        String location() {
            var loc = ((JacksonException) getCause()).getLocation();
            return loc == null ? "" : "（第" + loc.getLineNr() + "行第" + loc.getColumnNr() + "列附近）";
        }
    }
}
