package cn.jiangxin.nomination;

import static cn.jiangxin.nomination.HonourWonCountsAsC2Test.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.eligibility.domain.Criterion;
import cn.jiangxin.eligibility.domain.Evaluation;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.studio.StudioApplication;
import cn.jiangxin.studio.StudioType;
import cn.jiangxin.studio.Studios;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Leading a district studio the Bureau named is a studio leadership on the person's record (art. 3 item (三), C3),
 * through the studio module's {@code StudioNamed} event, not a copy: a form of the person that lists no qualifying
 * achievement is evaluated, after the naming, as meeting C3 from the naming date, and the certification of the case
 * would rest on it; once the studio is revoked ({@code StudioRevoked}) later evaluations no longer count it.
 */
@JiangxinTest
class StudioLeadershipCountsAsC3Test {

    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired CaseEligibility eligibility;
    @Autowired CaseClosing closing;
    @Autowired Studios studios;

    private Evaluation evaluate(CurrentUser officer, long caseId) {
        NominationView n = nominations.requireVisible(officer, caseId);
        return eligibility.asFilled(n, n.draft(), true).evaluation();
    }

    @Test
    void aNamedStudioIsAC3AchievementInLaterEvaluationsUntilItIsRevoked() {
        CurrentUser officer = staff.officer();
        String trade = "工作室测试工种" + UUID.randomUUID().toString().substring(0, 6);
        long person = TestPeople.register(people, officer, "工作室领办", Sex.MALE);
        long caseId = nominations.open(officer, person);
        nominations.save(officer, caseId, new NominationDraft("汉族", "群众", "大学专科", trade, SkillLevel.LEVEL_1,
                List.of(new Achievement(0, Achievement.Kind.COMPETITION, Competition.NATIONAL, 5, null, null,
                        LocalDate.of(2025, 9, 20), "全国职业技能大赛第五名")), "长期从事本职业工作", "同意推荐", null, null));
        Evaluation before = evaluate(officer, caseId);
        assertThat(check(before, "QUALIFYING_ACHIEVEMENT").passed()).isFalse();
        assertThat(before.matchedCriteria()).doesNotContain(Criterion.C3_STUDIO_LEADER);

        long studio = studios.apply(officer, new StudioApplication("领办测试工作室" + trade, StudioType.SKILL_MASTER,
                trade, person, "成员甲", "实训楼", "带徒传技"), null);
        studios.pass(staff.reviewer(), studio);
        String number = studios.name(staff.approver(), studio, String.valueOf(studios.today().getYear()));

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> check(evaluate(officer, caseId), "QUALIFYING_ACHIEVEMENT").passed());
        Evaluation after = evaluate(officer, caseId);
        assertThat(after.matchedCriteria()).contains(Criterion.C3_STUDIO_LEADER);
        assertThat(closing.qualifyingOf(nominations.requireVisible(officer, caseId))).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(cn.jiangxin.certification.QualifyingAchievement.Kind.STUDIO_LEADER);
            assertThat(a.studioLevel()).isEqualTo("CHAOYANG");
            assertThat(a.achievedOn()).isEqualTo(studios.today());
            assertThat(a.description()).contains(number);
        });

        studios.revoke(staff.approver(), studio, "未按方案开展建设");
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> !check(evaluate(officer, caseId), "QUALIFYING_ACHIEVEMENT").passed());
        assertThat(evaluate(officer, caseId).matchedCriteria()).doesNotContain(Criterion.C3_STUDIO_LEADER);
    }
}
