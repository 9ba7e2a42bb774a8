package cn.jiangxin.payment;

import cn.jiangxin.platform.RuleViolationException;

/** A payable chosen for a batch, as the build form sends it: {@code KIND:id}. */
public record PayableRef(String kind, long id) {

    /** {@code REWARD:12}; a bare number is a reward case (the reward pages' form before studio funding). */
    public static PayableRef parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("[0-9]{1,18}")) {
            return new PayableRef("REWARD", Long.parseLong(t));
        }
        int colon = t.indexOf(':');
        if (colon > 0 && t.substring(0, colon).matches("[A-Z_]{1,30}") && t.substring(colon + 1).matches("[0-9]{1,18}")) {
            return new PayableRef(t.substring(0, colon), Long.parseLong(t.substring(colon + 1)));
        }
        throw new RuleViolationException("caseIds", "所选的待支付事项无法识别，请刷新页面后重新选择");
    }
}
