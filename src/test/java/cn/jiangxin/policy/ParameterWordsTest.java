package cn.jiangxin.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import cn.jiangxin.testsupport.JiangxinTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/** Staff read every parameter of the shipped policy in its unit and in words, never as fen, true or a code. */
@JiangxinTest
class ParameterWordsTest {

    private static final String SHIPPED = "chaoyang-2025-draft";

    @Autowired ParameterWords words;
    @Autowired PolicyAdministration admin;

    @AfterEach
    void chinese() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyParameterOfTheShippedPolicyReadsInWords() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        Map<String, PackParameter> parameters = admin.open(SHIPPED).pack().parameters();
        assertThat(parameters).hasSizeGreaterThan(20);
        parameters.forEach((key, p) -> assertThat(words.of(key, p.value())).as(key)
                .doesNotContainPattern("\\b[A-Z][A-Z0-9_]{2,}\\b").doesNotContain("true", "false").isNotBlank());
    }

    @Test
    void eachKindOfValueHasItsWords() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(words.of("reward.worldSkillsGold.personFen", "10000000")).isEqualTo("100,000.00 元");
        assertThat(words.of("recommendation.required", "true")).isEqualTo("是");
        assertThat(words.of("measure.EXPERT_POOL", "false")).isEqualTo("否");
        assertThat(words.of("retirement.MALE_60.startMonth", "1965-01")).isEqualTo("1965年1月");
        assertThat(words.of("notice.workingDays", "5")).isEqualTo("5 个工作日");
        assertThat(words.of("support.periodYears", "2")).isEqualTo("2 年");
        assertThat(words.of("workingAge.minimumAgeYears", "16")).isEqualTo("16 周岁");
        assertThat(words.of("service.HEALTH_CHECKUP.quotaPerYear", "1")).isEqualTo("每年 1 次");
        assertThat(words.of("criteria.competition.NATIONAL.lowestPlace", "3")).isEqualTo("前 3 名");
        assertThat(words.of("criteria.achievementLookbackYears", "")).isEqualTo("不限");
        assertThat(words.of("affiliation.kinds", "SCHOOL\nEMPLOYER")).isEqualTo("院校、企业");
        assertThat(words.of("affiliation.districtCode", "110105")).isEqualTo("朝阳区");
        assertThat(words.of("studio.fundingFen", "EXCELLENT=10000000\nPASS=2000000"))
                .isEqualTo("优秀：100,000.00 元\n合格：20,000.00 元");
        assertThat(words.of("criteria.honors", "CHINA_SKILLS_AWARD=中华技能大奖")).isEqualTo("中华技能大奖");
        assertThat(words.of("renewal.rule", "NO_RENEWAL")).isEqualTo("不得再次认定");
        assertThat(words.of("affiliation.districtName", "")).isEqualTo("—");
        assertThat(words.of("no.such.parameter", "x")).isEqualTo("x");
    }

    @Test
    void inEnglishToo() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(words.of("reward.worldSkillsGold.personFen", "10000000")).isEqualTo("100,000.00 yuan");
        assertThat(words.of("recommendation.required", "true")).isEqualTo("Yes");
        assertThat(words.of("notice.workingDays", "5")).isEqualTo("5 working days");
        assertThat(words.of("criteria.achievementLookbackYears", "")).isEqualTo("No limit");
    }
}
