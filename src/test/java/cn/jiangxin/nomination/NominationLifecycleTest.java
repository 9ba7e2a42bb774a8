package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.evidence.FileCategory;
import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.identity.TalentAccounts;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.policy.RetirementCategory;
import cn.jiangxin.testsupport.Cases;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.PdfBytes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@JiangxinTest
@RecordApplicationEvents
class NominationLifecycleTest {

    static final byte[] PDF = PdfBytes.minimal();

    @Autowired Nominations nominations;
    @Autowired CaseReview review;
    @Autowired EvidenceUploads uploads;
    @Autowired NoticeBoard board;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired PolicyVersions versions;
    @Autowired java.time.Clock clock;
    @Autowired AccountRegistry accounts;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired TalentAccounts talents;
    @Autowired CaseList caseList;

    CurrentUser officer;
    long personId;

    @BeforeEach
    void setUp() {
        officer = staff.officer();
        personId = TestPeople.register(people, officer, "邵丽娜", Sex.FEMALE);
        if (!accounts.exists("both-roles")) {
            accounts.create(new NewAccount("both-roles", "双角色", "Four-Eyes-2025x", Set.of(Role.REVIEWER, Role.APPROVER),
                    null, false));
        }
    }

    @Test
    void aCaseGoesFromDraftThroughReturnToApprovalWithEveryStepRecorded() {
        long id = nominations.open(officer, personId);
        nominations.save(officer, id, Cases.complete());
        assertThatThrownBy(() -> nominations.act(officer, id, NominationAction.SUBMIT, null))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("还不能提交：请至少填写一项业绩并上传其证明材料；请上传签字盖章后的推荐表扫描件");

        uploads.upload(officer, id, FileCategory.EVIDENCE, 0, new MockMultipartFile("file", "证书.pdf", "application/pdf", PDF));
        uploads.upload(officer, id, FileCategory.STAMPED_FORM, null, new MockMultipartFile("file", "推荐表.pdf", "x", PDF));
        ActionTaken submitted = nominations.act(officer, id, NominationAction.SUBMIT, null);
        assertThat(submissions()).singleElement()
                .satisfies(e -> {
                    assertThat(e.nominationId()).isEqualTo(id);
                    assertThat(e.personId()).isEqualTo(personId);
                    assertThat(e.unitId()).isEqualTo(officer.unitId());
                    assertThat(e.from()).isEqualTo(NominationState.DRAFT);
                });
        assertThat(submitted.talentCredentials()).hasValueSatisfying(c ->
                assertThat(talents.usernameOf(personId)).contains(c.username()));
        assertThatThrownBy(() -> nominations.save(officer, id, Cases.complete()))
                .hasMessage("案件当前状态为“已提交”，推荐表不能再修改");

        CurrentUser both = staff.signedIn("both-roles");
        nominations.act(both, id, NominationAction.TAKE, null);
        nominations.act(both, id, NominationAction.RETURN, "证书照片不清晰，请重新上传");
        NominationView returned = nominations.requireVisible(officer, id);
        assertThat(returned.state()).isEqualTo(NominationState.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("证书照片不清晰，请重新上传");

        nominations.save(officer, id, Cases.complete());
        assertThat(nominations.act(officer, id, NominationAction.SUBMIT, null).talentCredentials()).isEmpty();
        CurrentUser reviewer2 = staff.reviewer2();
        nominations.act(reviewer2, id, NominationAction.TAKE, null);
        new Cases(nominations, uploads, review, board).confirmAll(reviewer2, id, Cases.complete());
        nominations.act(reviewer2, id, NominationAction.PASS, null);
        assertThatThrownBy(() -> nominations.act(both, id, NominationAction.APPROVE_FOR_NOTICE, null))
                .hasMessage("您参与了此案件的初审，按双人复核规定不能复审通过");
        nominations.act(staff.approver(), id, NominationAction.APPROVE_FOR_NOTICE, null);

        NominationView approved = nominations.requireVisible(officer, id);
        assertThat(approved.state()).isEqualTo(NominationState.APPROVED_FOR_NOTICE);
        assertThat(approved.history()).extracting(Transition::action).containsExactly(NominationAction.SUBMIT,
                NominationAction.TAKE, NominationAction.RETURN, NominationAction.SUBMIT, NominationAction.TAKE,
                NominationAction.PASS, NominationAction.APPROVE_FOR_NOTICE);
        assertThat(approved.history().get(2).actorAccountId()).isEqualTo(both.accountId());
        assertThat(approved.submittedAt()).isNotNull();
        assertThat(audit.latest("", "nomination", String.valueOf(id), 50)).extracting(r -> r.action())
                .contains("NOMINATION_CREATED", "NOMINATION_SAVED", "NOMINATION_FILE_UPLOADED", "NOMINATION_SUBMIT",
                        "NOMINATION_TAKE", "NOMINATION_RETURN", "NOMINATION_PASS", "NOMINATION_APPROVE_FOR_NOTICE");
        assertThat(submissions()).extracting(NominationTransitioned::from)
                .containsExactly(NominationState.DRAFT, NominationState.RETURNED);
    }

    private List<NominationTransitioned> submissions() {
        return events.stream(NominationTransitioned.class).filter(e -> e.action() == NominationAction.SUBMIT).toList();
    }

    @Test
    void officersOnlyReachTheirOwnUnitsPeopleAndCases() {
        CurrentUser other = staff.officer2();
        assertThatThrownBy(() -> nominations.open(other, personId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> nominations.open(staff.reviewer(), personId))
                .isInstanceOf(NotFoundException.class);
        long id = nominations.open(officer, personId);
        assertThatThrownBy(() -> nominations.requireVisible(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> nominations.save(other, id, Cases.complete())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> nominations.act(other, id, NominationAction.WITHDRAW, "x"))
                .isInstanceOf(NotFoundException.class);
        assertThat(listed(other, id)).isFalse();
        assertThat(listed(officer, id)).isTrue();
        assertThat(listed(staff.finance(), id)).isFalse();
        // a unit's unsubmitted draft is its own: staff neither list nor open it until it is submitted
        assertThat(listed(staff.reviewer(), id)).isFalse();
        assertThatThrownBy(() -> nominations.requireVisible(staff.reviewer(), id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void passingNeedsEveryAchievementVerifiedAndRecordsTheDecisionOnTheConfirmedOnesUnderItsPolicyVersion() {
        long id = nominations.open(officer, personId);
        var twoClaims = new NominationDraft("汉族", "群众", "大学专科", "焊工", SkillLevel.LEVEL_1, List.of(
                new Achievement(0, Achievement.Kind.HONOR, null, null, "CHINA_SKILLS_AWARD", null,
                        LocalDate.of(2023, 5, 1), "中华技能大奖"),
                new Achievement(1, Achievement.Kind.COMPETITION, Competition.NATIONAL, 2, null, null,
                        LocalDate.of(2025, 9, 20), "全国职业技能大赛第二名")), "长期从事焊接工作", "同意推荐", null,
                RetirementCategory.FEMALE_50);
        Cases cases = new Cases(nominations, uploads, review, board);
        cases.fill(officer, id, twoClaims);
        cases.submit(officer, id);
        CurrentUser reviewer = staff.reviewer();
        CurrentUser reviewer2 = staff.reviewer2();
        assertThatThrownBy(() -> review.verify(reviewer, id, 0, AchievementCheck.Outcome.CONFIRMED, ""))
                .as("not before the reviewer has taken the case").isInstanceOf(TransitionRefusedException.class);
        nominations.act(reviewer, id, NominationAction.TAKE, null);
        assertThatThrownBy(() -> review.verify(reviewer2, id, 0, AchievementCheck.Outcome.CONFIRMED, ""))
                .hasMessageContaining("只有受理此案件的初审人员");
        assertThatThrownBy(() -> nominations.act(reviewer, id, NominationAction.PASS, null))
                .hasMessage("还不能初审通过：第1项业绩尚未核实；第2项业绩尚未核实");
        assertThatThrownBy(() -> review.verify(reviewer, id, 0, AchievementCheck.Outcome.NOT_CONFIRMED, " "))
                .hasMessage("第1项业绩：不属实时须写明原因");
        assertThatThrownBy(() -> review.verify(reviewer, id, 7, AchievementCheck.Outcome.CONFIRMED, ""))
                .isInstanceOf(NotFoundException.class);

        review.verify(reviewer, id, 0, AchievementCheck.Outcome.NOT_CONFIRMED, "证书编号查无此人");
        review.verify(reviewer, id, 1, AchievementCheck.Outcome.NOT_CONFIRMED, "名次为第五名");
        assertThatThrownBy(() -> nominations.act(reviewer, id, NominationAction.PASS, null))
                .hasMessageStartingWith("还不能初审通过：按已核实的业绩不符合条件：");
        assertThat(nominations.requireVisible(officer, id).eligibilityDecisionId()).isNull();

        review.verify(reviewer, id, 1, AchievementCheck.Outcome.CONFIRMED, "已与赛事组委会核对");
        nominations.act(reviewer, id, NominationAction.PASS, null);
        NominationView passed = nominations.requireVisible(officer, id);
        assertThat(passed.confirmedAchievements()).extracting(Achievement::index).containsExactly(1);
        var stored = jdbc.sql("SELECT policy_version, eligible, result FROM eligibility_decision WHERE id = ?")
                .param(passed.eligibilityDecisionId())
                .query((rs, n) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getString(3))).single();
        assertThat(stored.get(0)).as("the version in force on the day of the decision")
                .isEqualTo(versions.inForceOn(LocalDate.now(clock)).orElseThrow().code());
        assertThat(stored.get(1)).isEqualTo(true);
        assertThat((String) stored.get(2)).contains("C1_COMPETITION").doesNotContain("C2_HONOR");
    }

    @Test
    void aWomansCaseNeedsHerRetirementCategoryBeforeSubmission() {
        long id = nominations.open(officer, personId);
        var withoutCategory = new NominationDraft("汉族", "群众", "大学专科", "焊工", SkillLevel.LEVEL_1,
                Cases.complete().achievements(), "长期从事焊接工作", "同意推荐", null, null);
        nominations.save(officer, id, withoutCategory);
        assertThat(nominations.gaps(nominations.requireVisible(officer, id))).extracting(CaseFacts.Gap::field)
                .contains("retirementCategory");
        assertThatThrownBy(() -> nominations.save(officer, id, new NominationDraft("汉族", "群众", "大学专科", "焊工",
                SkillLevel.LEVEL_1, List.of(new Achievement(0, Achievement.Kind.HONOR, null, null, "MADE_UP_HONOUR",
                null, LocalDate.of(2024, 1, 1), "")), "x", "y", null, RetirementCategory.FEMALE_50)))
                .hasMessage("第1项业绩：“MADE_UP_HONOUR”不在现行政策所列的荣誉称号和津贴中");
        assertThatThrownBy(() -> nominations.save(officer, id, new NominationDraft("汉族", "群众", "大学专科", "焊工",
                SkillLevel.LEVEL_1, List.of(), "x", "y", 999_999L, RetirementCategory.FEMALE_50)))
                .hasMessage("所选培养单位不存在，请从已登记的单位中选择");
    }

    @Test
    void aRefusedSaveChangesNothing() {
        long id = nominations.open(officer, personId);
        nominations.save(officer, id, Cases.complete());
        var future = new NominationDraft("回族", "", "", "", null, List.of(
                new Achievement(0, Achievement.Kind.HONOR, null, null, "CHINA_SKILLS_AWARD", null,
                        LocalDate.of(2025, 1, 1), ""),
                new Achievement(1, Achievement.Kind.STUDIO_LEADER, null, null, null, Achievement.Level.BEIJING,
                        LocalDate.of(2099, 1, 1), "")), "", "", null, null);
        assertThatThrownBy(() -> nominations.save(officer, id, future))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("achievements[1].achievedOn"))
                .hasMessage("第2项业绩：获得日期不能晚于今天");
        NominationView n = nominations.requireVisible(officer, id);
        assertThat(n.draft()).isEqualTo(Cases.complete());
    }

    @Test
    void aWorldSkillsGoldNeedsItsTrainingUnit() {
        var gold = new NominationDraft("汉族", "群众", "大学专科", "焊工", SkillLevel.LEVEL_1, List.of(new Achievement(0,
                Achievement.Kind.COMPETITION, Competition.WORLDSKILLS, 1, null, null,
                LocalDate.of(2024, 9, 15), "")), "x", "同意", null, null);
        assertThat(gold.gaps()).extracting(CaseFacts.Gap::field).containsExactly("trainingUnitId");
        assertThatThrownBy(() -> new Achievement(0, Achievement.Kind.COMPETITION, Competition.NATIONAL, 0,
                null, null, LocalDate.of(2024, 1, 1), "")).hasMessage("第1项业绩：请填写名次（正整数）");
    }

    private boolean listed(CurrentUser user, long id) {
        return caseList.count(user, new ListQuery(CaseList.SPEC, String.valueOf(id), 1, 20, null, false, Map.of())) == 1;
    }
}
