package cn.jiangxin.care;

import java.time.LocalDate;

import cn.jiangxin.platform.PlainText;
import cn.jiangxin.platform.RuleViolationException;

/** A round as staff plan it: name, occasion, the visit window (from and to, both included) and a note. */
public record NewRound(String name, Occasion occasion, LocalDate from, LocalDate to, String note) {

    public NewRound {
        name = PlainText.required("name", name, 100, "名称");
        note = PlainText.optional("note", note, 500, "说明");
        if (occasion == null) {
            throw new RuleViolationException("occasion", "care.error.occasion");
        }
        if (from == null || to == null) {
            throw new RuleViolationException("from", "care.error.window");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException("to", "care.error.windowOrder");
        }
    }
}
