package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles("demo")
@RecordApplicationEvents
class NominationLifecycleTest {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired Nominations nominations;
    @Autowired EvidenceUploads uploads;
    @Autowired People people;
    @Autowired UserDetailsService users;
    @Autowired AccountRegistry accounts;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    CurrentUser officer;
    long personId;

    @BeforeEach
    void setUp() {
        officer = DemoCase.user(users, "officer");
        personId = DemoCase.personOfOfficer(people, users);
        if (!accounts.exists("both-roles")) {
            accounts.create(new NewAccount("both-roles", "双角色", "Four-Eyes-2025x", Set.of(Role.REVIEWER, Role.APPROVER),
                    null, false));
        }
    }

    static NominationDraft complete() {
        return new NominationDraft("汉族", "群众", "大专", "焊工", SkillLevel.LEVEL_1,
                List.of(new Achievement(0, Achievement.Kind.COMPETITION, Achievement.Competition.NATIONAL, 2, null, null,
                        LocalDate.of(2025, 9, 20), "全国职业技能大赛焊接项目第二名")),
                "长期从事焊接工作", "同意推荐", "");
    }

    @Test
    void aCaseGoesFromDraftThroughReturnToApprovalWithEveryStepRecorded() {
        long id = nominations.open(officer, personId);
        nominations.save(officer, id, complete());
        assertThatThrownBy(() -> nominations.act(officer, id, NominationAction.SUBMIT, null))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("还不能提交：请至少填写一项业绩并上传其证明材料；请上传签字盖章后的推荐表扫描件");

        uploads.upload(officer, id, FileCategory.EVIDENCE, 0, new MockMultipartFile("file", "证书.pdf", "application/pdf", PDF));
        uploads.upload(officer, id, FileCategory.STAMPED_FORM, null, new MockMultipartFile("file", "推荐表.pdf", "x", PDF));
        nominations.act(officer, id, NominationAction.SUBMIT, null);
        assertThat(events.stream(NominationSubmitted.class)).singleElement()
                .satisfies(e -> {
                    assertThat(e.nominationId()).isEqualTo(id);
                    assertThat(e.personId()).isEqualTo(personId);
                    assertThat(e.unitId()).isEqualTo(officer.unitId());
                });
        assertThatThrownBy(() -> nominations.save(officer, id, complete()))
                .hasMessage("案件当前状态为“已提交”，推荐表不能再修改");

        CurrentUser both = DemoCase.user(users, "both-roles");
        nominations.act(both, id, NominationAction.TAKE, null);
        nominations.act(both, id, NominationAction.RETURN, "证书照片不清晰，请重新上传");
        NominationView returned = nominations.requireVisible(officer, id);
        assertThat(returned.state()).isEqualTo(NominationState.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("证书照片不清晰，请重新上传");

        nominations.save(officer, id, complete());
        nominations.act(officer, id, NominationAction.SUBMIT, null);
        CurrentUser reviewer2 = DemoCase.user(users, "reviewer2");
        nominations.act(reviewer2, id, NominationAction.TAKE, null);
        nominations.act(reviewer2, id, NominationAction.PASS, null);
        assertThatThrownBy(() -> nominations.act(both, id, NominationAction.APPROVE_FOR_NOTICE, null))
                .hasMessage("您参与了此案件的初审，按双人复核规定不能复审通过");
        nominations.act(DemoCase.user(users, "approver"), id, NominationAction.APPROVE_FOR_NOTICE, null);

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
        assertThat(events.stream(NominationSubmitted.class)).hasSize(2);
    }

    @Test
    void officersOnlyReachTheirOwnUnitsPeopleAndCases() {
        CurrentUser other = DemoCase.user(users, "officer2");
        assertThatThrownBy(() -> nominations.open(other, personId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> nominations.open(DemoCase.user(users, "reviewer"), personId))
                .isInstanceOf(NotFoundException.class);
        long id = nominations.open(officer, personId);
        assertThatThrownBy(() -> nominations.requireVisible(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> nominations.save(other, id, complete())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> nominations.act(other, id, NominationAction.WITHDRAW, "x"))
                .isInstanceOf(NotFoundException.class);
        assertThat(nominations.list(other)).extracting(NominationView::id).doesNotContain(id);
        assertThat(nominations.list(officer)).extracting(NominationView::id).contains(id);
        assertThat(nominations.list(DemoCase.user(users, "reviewer"))).extracting(NominationView::id).contains(id);
        assertThat(nominations.list(DemoCase.user(users, "finance"))).isEmpty();
    }

    @Test
    void aRefusedSaveChangesNothing() {
        long id = nominations.open(officer, personId);
        nominations.save(officer, id, complete());
        var future = new NominationDraft("回族", "", "", "", null, List.of(
                new Achievement(0, Achievement.Kind.HONOR, null, null, Achievement.Honour.CHINA_SKILLS_AWARD, null,
                        LocalDate.of(2025, 1, 1), ""),
                new Achievement(1, Achievement.Kind.STUDIO_LEADER, null, null, null, Achievement.Level.BEIJING,
                        LocalDate.of(2099, 1, 1), "")), "", "", "");
        assertThatThrownBy(() -> nominations.save(officer, id, future))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("achievements[1].achievedOn"))
                .hasMessage("第2项业绩：获得日期不能晚于今天");
        NominationView n = nominations.requireVisible(officer, id);
        assertThat(n.draft()).isEqualTo(complete());
    }

    @Test
    void aWorldSkillsGoldNeedsItsTrainingUnit() {
        var gold = new NominationDraft("汉族", "群众", "大专", "焊工", SkillLevel.LEVEL_1, List.of(new Achievement(0,
                Achievement.Kind.COMPETITION, Achievement.Competition.WORLDSKILLS, 1, null, null,
                LocalDate.of(2024, 9, 15), "")), "x", "同意", "");
        assertThat(gold.gaps()).extracting(CaseFacts.Gap::field).containsExactly("trainingUnit");
        assertThatThrownBy(() -> new Achievement(0, Achievement.Kind.COMPETITION, Achievement.Competition.NATIONAL, 0,
                null, null, LocalDate.of(2024, 1, 1), "")).hasMessage("第1项业绩：请填写名次（正整数）");
    }
}
