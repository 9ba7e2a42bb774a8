package cn.jiangxin.consultation;

import cn.jiangxin.platform.RuleViolationException;

/** Comments are plain text: trimmed, control characters removed, and limited in length. */
final class CommentText {

    static final int MAX_BODY = 2000;

    private CommentText() {
    }

    static String body(String raw) {
        String v = clean(raw);
        if (v.isEmpty()) {
            throw new RuleViolationException("body", "请填写意见内容");
        }
        if (v.length() > MAX_BODY) {
            throw new RuleViolationException("body", "意见内容不能超过" + MAX_BODY + "字，当前" + v.length() + "字");
        }
        return v;
    }

    static String optional(String field, String raw, int max, String label) {
        String v = clean(raw);
        if (v.length() > max) {
            throw new RuleViolationException(field, label + "不能超过" + max + "字");
        }
        return v;
    }

    private static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .filter(c -> Character.getType(c) != Character.FORMAT || c == 0x200D)
                .forEach(sb::appendCodePoint);
        return sb.toString().replace("\r", "").strip();
    }
}
