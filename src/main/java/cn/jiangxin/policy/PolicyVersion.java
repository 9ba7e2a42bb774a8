package cn.jiangxin.policy;

import java.time.LocalDate;
import java.util.Objects;

/** A published policy version: its code (kept by every decision made under it), title, effective date and terms. */
public record PolicyVersion(long id, String code, String title, LocalDate effectiveFrom, PolicyTerms terms) {

    public PolicyVersion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(terms, "terms");
    }
}
