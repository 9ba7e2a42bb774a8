package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What certification grants: a one-time amount in fen, or a measure (services with a yearly quota), with the
 * article and the last day of the support period. Absent values are null.
 */
public record Entitlement(String code, Long amountFen, Integer quotaPerYear, String article, LocalDate validUntil) {

    public Entitlement {
        Objects.requireNonNull(code, "code");
        if (amountFen != null && amountFen < 0) {
            throw new IllegalArgumentException("amountFen must not be negative");
        }
    }
}
