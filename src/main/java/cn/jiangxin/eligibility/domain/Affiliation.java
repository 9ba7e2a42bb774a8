package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;

import cn.jiangxin.policy.PolicyTerms;

/** SPEC POL-2: studies or works at a school or unit of a listed kind located in the district. */
public final class Affiliation implements EligibilityRule {

    @Override
    public String name() {
        return "AFFILIATION";
    }

    @Override
    public RuleDecision decide(Candidate c, LocalDate asOf, PolicyTerms terms) {
        AffiliatedUnit unit = c.unit();
        String kind = kindName(unit.kind());
        if (!terms.affiliationKinds().contains(unit.kind())) {
            return new RuleDecision(name(), false, "单位类型“" + kind + "”不在第三条所列的院校、企事业单位、行业协会等主体范围内");
        }
        if (!terms.districtCode().equals(unit.districtCode())) {
            return new RuleDecision(name(), false, "单位所在区县代码为" + unit.districtCode() + "（不在"
                    + terms.districtName() + "），不符合第三条“在本辖区内”的要求");
        }
        return new RuleDecision(name(), true, "单位在" + terms.districtName() + "，符合第三条“在本辖区内”的要求");
    }

    static String kindName(String kind) {
        switch (kind) {
            case "SCHOOL": return "院校";
            case "EMPLOYER": return "企业";
            case "PUBLIC_INSTITUTION": return "事业单位";
            case "ASSOCIATION": return "行业协会";
            default: return kind;
        }
    }
}
