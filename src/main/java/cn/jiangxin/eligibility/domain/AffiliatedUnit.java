package cn.jiangxin.eligibility.domain;

import java.util.Objects;

/** The school or unit the candidate studies or works at: its kind and the district it is located in. */
public record AffiliatedUnit(String kind, String districtCode) {

    public AffiliatedUnit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(districtCode, "districtCode");
        if (!districtCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("districtCode must be 6 digits");
        }
    }
}
