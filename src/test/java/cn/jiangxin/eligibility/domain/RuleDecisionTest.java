package cn.jiangxin.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rule's reason, written to the person checking themselves, read by a third party about that person. */
class RuleDecisionTest {

    @Test
    void theReasonIsAboutTheNamedPersonAndTheirChosenCategory() {
        RuleDecision d = new RuleDecision("WORKING_AGE", false, "您所选类别的法定退休年龄为50周岁，您已达到法定退休年龄");
        assertThat(d.reasonAbout("被推荐人")).isEqualTo("所选退休类别的法定退休年龄为50周岁，被推荐人已达到法定退休年龄");
        assertThat(d.reasonAbout("该人员")).isEqualTo("所选退休类别的法定退休年龄为50周岁，该人员已达到法定退休年龄");
        assertThat(new RuleDecision("UNIT", true, "单位在朝阳区").reasonAbout("该人员")).isEqualTo("单位在朝阳区");
    }
}
