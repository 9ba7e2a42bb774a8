package cn.jiangxin.unit;

import cn.jiangxin.platform.RuleViolationException;

/** A 6-digit administrative division code (GB/T 2260) of the district where the unit is located. */
public record DistrictCode(String value) {

    public static final DistrictCode CHAOYANG = new DistrictCode("110105");

    public DistrictCode {
        value = value == null ? "" : value.strip();
        if (!value.matches("[0-9]{6}")) {
            throw new RuleViolationException("districtCode", "所在区县代码应为6位数字，例如朝阳区为110105");
        }
    }

    public boolean isChaoyang() {
        return CHAOYANG.value.equals(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
