package cn.jiangxin.unit;

import cn.jiangxin.platform.RuleViolationException;

/** What a unit is registered or edited with. Each field is checked here, so a draft that exists is valid. */
public record UnitDraft(String name, UnitKind kind, UnifiedSocialCreditCode creditCode, DistrictCode districtCode,
        String address, String contactName, String contactPhone) {

    public UnitDraft {
        name = required("name", name, 2, 200, "单位名称");
        if (kind == null) {
            throw new RuleViolationException("kind", "请选择单位类型");
        }
        if (creditCode == null) {
            throw new InvalidCreditCodeException("统一社会信用代码不能为空");
        }
        if (districtCode == null) {
            throw new RuleViolationException("districtCode", "请填写所在区县代码");
        }
        address = required("address", address, 2, 300, "地址");
        contactName = required("contactName", contactName, 2, 50, "联系人");
        contactPhone = new ContactPhone(contactPhone).value();
    }

    /** Reads a draft from text as typed; the first field in form order that is wrong is reported. */
    public static UnitDraft of(String name, String kind, String creditCode, String districtCode, String address,
            String contactName, String contactPhone) {
        String checkedName = required("name", name, 2, 200, "单位名称");
        return new UnitDraft(checkedName, kind(kind), UnifiedSocialCreditCode.parse(creditCode),
                new DistrictCode(districtCode), address, contactName, contactPhone);
    }

    static UnitKind kind(String kind) {
        try {
            return UnitKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("kind", "请选择单位类型（院校、企业、事业单位或行业协会）");
        }
    }

    static String required(String field, String value, int min, int max, String label) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new RuleViolationException(field, "请填写" + label);
        }
        if (v.length() < min || v.length() > max) {
            throw new RuleViolationException(field, label + "应为" + min + "-" + max + "个字");
        }
        return v;
    }
}
