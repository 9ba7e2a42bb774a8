package cn.jiangxin.care;

import java.time.LocalDate;

import cn.jiangxin.platform.PlainText;
import cn.jiangxin.platform.RuleViolationException;

/** A visit as staff record it: the day, who visited, a short note and what was given (both plain text, optional). */
record VisitReport(LocalDate visitedOn, String visitedBy, String note, String gifts) {

    VisitReport {
        if (visitedOn == null) {
            throw new RuleViolationException("visitedOn", "care.error.visitedOn");
        }
        visitedBy = PlainText.required("visitedBy", visitedBy, 200, "慰问人员");
        note = PlainText.optional("note", note, 500, "慰问情况");
        gifts = PlainText.optional("gifts", gifts, 500, "慰问品或帮扶");
    }
}
