package cn.jiangxin.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jiangxin.certification.CertificationRequest;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.certification.QualifyingAchievement;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.Achievement;
import cn.jiangxin.nomination.NominationView;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.testsupport.IdNumbers;
import cn.jiangxin.testsupport.ImportedLists;
import cn.jiangxin.testsupport.ImportedLists.Listed;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Race;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.testsupport.TestTalents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Candidates from a competition list imported through the list import and matched by matching's listener
 * ({@link ImportedLists}), so that {@code ListMatched} reaches the candidates as in production, and the invitations
 * that follow: who is a candidate and why, redelivery, inviting exactly once under racing clicks, dismissing, an
 * uncertain match confirmed by staff later, the unit confirming (a case opened pre-filled, never twice) or declining,
 * and the list's funnel.
 */
@JiangxinTest
class CandidatesAndInvitationsTest {

    private static final LocalDate GOLD_DAY = LocalDate.of(2024, 9, 15);
    private static final String WORLDSKILLS = "第47届世界技能大赛";

    @Autowired Candidates candidates;
    @Autowired Invitations invitations;
    @Autowired CandidateStore store;
    @Autowired Nominations nominations;
    @Autowired Certifications certifications;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;

    CurrentUser officer;
    CurrentUser policy;
    ImportedLists.Imported list;
    long goldEntry;
    long oldEntry;
    long lowEntry;
    long certifiedEntry;
    long unknownEntry;
    long womanEntry;
    long goldPerson;
    Listed gold;

    @BeforeEach
    void aCompetitionListImportedAndMatched() {
        officer = staff.officer();
        policy = staff.policy();
        gold = person("邀金晓", Sex.MALE, LocalDate.of(1995, 1, 1), 1000);
        goldPerson = gold.id();
        Listed old = person("邀老刘", Sex.MALE, LocalDate.of(1958, 1, 1), 300);
        Listed low = person("邀名次", Sex.MALE, LocalDate.of(1990, 1, 1), 1000);
        Listed certified = person("邀已认", Sex.MALE, LocalDate.of(1985, 1, 1), 5000);
        TestTalents.certify(nominations, certifications, officer, certified.id(), "焊工");
        Listed unknown = person("邀未知", Sex.MALE, LocalDate.of(1990, 1, 1), 1000);
        Listed woman = person("邀女工", Sex.FEMALE, LocalDate.of(1990, 1, 1), 1000);
        list = ImportedLists.competition(context, WORLDSKILLS + " 成绩")
                .row(gold, Staff.UNIT, WORLDSKILLS, "焊接", 1, GOLD_DAY)
                .row(old, Staff.UNIT, WORLDSKILLS, "车工", 2, GOLD_DAY)
                .row(low, Staff.UNIT, "2024年朝阳区职业技能大赛", "钳工", 5, GOLD_DAY)
                .row(certified, Staff.UNIT, WORLDSKILLS, "焊接", 1, GOLD_DAY)
                .row(unknown, Staff.UNIT, "全国青年创意设计邀请赛", "设计", 1, GOLD_DAY)
                .row(woman, Staff.UNIT, WORLDSKILLS, "美容", 3, GOLD_DAY)
                .row("查无此人", "", "某公司", WORLDSKILLS, "焊接", 1, GOLD_DAY)
                .importedBy(policy.accountId());
        goldEntry = list.entry("邀金晓");
        oldEntry = list.entry("邀老刘");
        lowEntry = list.entry("邀名次");
        certifiedEntry = list.entry("邀已认");
        unknownEntry = list.entry("邀未知");
        womanEntry = list.entry("邀女工");
    }

    private Listed person(String name, Sex sex, LocalDate bornFrom, int spanDays) {
        return ImportedLists.person(people, officer, officer.unitId(), name, sex, bornFrom, spanDays);
    }

    private CandidateRow row(long entry) {
        return store.candidateOfEntry(entry).orElseThrow();
    }

    @Test
    void onceMatchedEachSettledEntryIsEvaluatedWithTheRuleThatDecidesInWords() {
        CandidateRow gold = row(goldEntry);
        assertThat(gold.status()).isEqualTo(CandidateStatus.CANDIDATE);
        assertThat(gold.rule()).isEqualTo("QUALIFYING_ACHIEVEMENT");
        assertThat(gold.reason()).contains("世界技能大赛", CandidateEvaluation.RECOMMENDATION_NOTE).doesNotContain("您");
        assertThat(gold.policyVersion()).isNotBlank();
        assertThat(gold.achievement()).contains(WORLDSKILLS, "焊接", "第1名", "2024年9月15日");
        assertThat(gold.competition()).isEqualTo("WORLDSKILLS");

        CandidateRow old = row(oldEntry);
        assertThat(old.status()).isEqualTo(CandidateStatus.NOT_ELIGIBLE);
        assertThat(old.rule()).isEqualTo("WORKING_AGE");
        assertThat(old.reason()).contains("法定退休");

        CandidateRow low = row(lowEntry);
        assertThat(low.status()).isEqualTo(CandidateStatus.NOT_ELIGIBLE);
        assertThat(low.rule()).isEqualTo("QUALIFYING_ACHIEVEMENT");
        assertThat(low.reason()).contains("朝阳区职业技能大赛");

        assertThat(row(certifiedEntry).status()).isEqualTo(CandidateStatus.ALREADY_CERTIFIED);
        assertThat(row(certifiedEntry).reason()).contains("已认定", "证书编号");

        assertThat(row(unknownEntry).status()).isEqualTo(CandidateStatus.NOT_EVALUATED);
        assertThat(row(unknownEntry).reason()).contains("全国青年创意设计邀请赛", "未作测评");

        CandidateRow woman = row(womanEntry);
        assertThat(woman.status()).isEqualTo(CandidateStatus.CANDIDATE);
        assertThat(woman.reason()).contains("退休类别");

        assertThat(store.statusCounts(list.listId()).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
    }

    @Test
    void aRedeliveredListWritesTheSameRowsAndKeepsWhatWasDone() {
        long gold = row(goldEntry).id();
        invitations.invite(policy, list.listId(), List.of(gold));
        Map<Long, CandidateStatus> before = statuses();

        assertThat(candidates.evaluateList(list.listId())).isEqualTo(5);
        candidates.evaluate(goldEntry, list.listId(), goldPerson);

        assertThat(statuses()).isEqualTo(before);
        assertThat(row(goldEntry).status()).isEqualTo(CandidateStatus.INVITED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invitation_candidate WHERE list_id = ?").param(list.listId())
                .query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void racingInvitesInviteEachCandidateOnce() throws Exception {
        List<Long> chosen = List.of(row(goldEntry).id(), row(womanEntry).id());

        List<Race.Outcome> outcomes = Race.run(8, i -> invitations.invite(policy, list.listId(), chosen));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.stream().mapToInt(o -> (Integer) o.result()).sum()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invitation WHERE list_id = ?").param(list.listId())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(row(goldEntry).status()).isEqualTo(CandidateStatus.INVITED);
        assertThat(invitations.invite(policy, list.listId(), chosen)).isZero();
    }

    @Test
    void onlyCandidatesAreInvitedOrDismissedAndADismissalNeedsAReason() {
        long gold = row(goldEntry).id();
        long woman = row(womanEntry).id();

        assertThat(invitations.invite(policy, list.listId(), List.of(row(oldEntry).id()))).isZero();
        assertThatThrownBy(() -> invitations.dismiss(policy, list.listId(), woman, " "))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("原因");
        invitations.dismiss(policy, list.listId(), woman, "本人已调离朝阳区");
        assertThat(row(womanEntry).status()).isEqualTo(CandidateStatus.DISMISSED);
        assertThat(row(womanEntry).dismissReason()).isEqualTo("本人已调离朝阳区");
        assertThatThrownBy(() -> invitations.dismiss(policy, list.listId(), woman, "再次"))
                .isInstanceOf(RuleViolationException.class);
        assertThat(invitations.invite(policy, list.listId(), List.of(woman))).isZero();

        invitations.invite(policy, list.listId(), List.of(gold));
        assertThatThrownBy(() -> invitations.dismiss(policy, list.listId(), gold, "晚了"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theUnitConfirmsOnceAndTheCaseIsOpenedPreFilledWithTheListAsEvidence() throws Exception {
        invitations.invite(policy, list.listId(), List.of(row(goldEntry).id()));
        long invitation = row(goldEntry).invitationId();

        List<Race.Outcome> outcomes = Race.run(6, i -> invitations.accept(officer, invitation));
        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        List<Object> cases = outcomes.stream().map(Race.Outcome::result).distinct().toList();
        assertThat(cases).hasSize(1);
        long nomination = (Long) cases.get(0);

        NominationView n = nominations.requireEditable(officer, nomination);
        assertThat(n.personId()).isEqualTo(goldPerson);
        Achievement a = n.draft().achievements().get(0);
        assertThat(a.competition()).isEqualTo(Competition.WORLDSKILLS);
        assertThat(a.place()).isEqualTo(1);
        assertThat(a.achievedOn()).isEqualTo(GOLD_DAY);
        assertThat(a.description()).contains(WORLDSKILLS, "焊接", list.source(), "名单.csv", "第2行");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM nomination WHERE person_id = ?").param(goldPerson)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(row(goldEntry).status()).isEqualTo(CandidateStatus.NOMINATED);
        assertThat(row(goldEntry).nominationId()).isEqualTo(nomination);

        // the same person on a second list: confirming links to the open case, no second one
        ImportedLists.Imported again = ImportedLists.competition(context, "世界技能大赛 复核名单")
                .row(gold, Staff.UNIT, WORLDSKILLS, "焊接", 1, GOLD_DAY).importedBy(policy.accountId());
        long entry = again.entry("邀金晓");
        invitations.invite(policy, again.listId(), List.of(row(entry).id()));
        assertThat(invitations.accept(officer, row(entry).invitationId())).isEqualTo(nomination);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM nomination WHERE person_id = ?").param(goldPerson)
                .query(Long.class).single()).isEqualTo(1);

        // another unit's officer does not see the invitation
        assertThatThrownBy(() -> invitations.accept(staff.officer2(), invitation))
                .isInstanceOf(cn.jiangxin.platform.NotFoundException.class);
    }

    @Test
    void theUnitMayDeclineWithAReasonAndTheFunnelCountsEachStage() {
        invitations.invite(policy, list.listId(), List.of(row(goldEntry).id(), row(womanEntry).id()));
        long gold = row(goldEntry).invitationId();
        long woman = row(womanEntry).invitationId();

        assertThatThrownBy(() -> invitations.decline(officer, woman, ""))
                .isInstanceOf(RuleViolationException.class);
        invitations.decline(officer, woman, "本人已退休返聘，暂不推荐");
        assertThat(row(womanEntry).status()).isEqualTo(CandidateStatus.DECLINED);
        assertThatThrownBy(() -> invitations.accept(officer, woman)).isInstanceOf(RuleViolationException.class);
        invitations.accept(officer, gold);

        Funnel funnel = invitations.funnel(policy, list.listId());
        assertThat(funnel).isEqualTo(new Funnel(7, 6, 2, 2, 1, 0));
    }

    @Test
    void anUncertainMatchStaffConfirmLaterIsEvaluatedAndACertificationOfTheInvitedCaseCounts() throws Exception {
        String name = "邀确认" + "甲乙丙丁戊己庚辛壬癸".charAt(IdNumbers.nextInt(10))
                + "子丑寅卯辰巳午未申酉".charAt(IdNumbers.nextInt(10));
        Listed confirmed = person(name, Sex.MALE, LocalDate.of(1992, 1, 1), 1000);
        person(name, Sex.MALE, LocalDate.of(1992, 1, 1), 1000);
        ImportedLists.Imported later = ImportedLists.competition(context, WORLDSKILLS + " 待确认")
                .row(name, "", Staff.UNIT, WORLDSKILLS, "焊接", 1, GOLD_DAY).importedBy(policy.accountId());
        long entry = later.entry(name);
        assertThat(store.candidateOfEntry(entry)).isEmpty();

        mvc.perform(post("/imports/" + later.listId() + "/matches/" + entry + "/confirm").with(csrf())
                .with(staff.as(Staff.POLICY)).param("person", String.valueOf(confirmed.id())));
        ImportedLists.awaitCompleted(jdbc, "ImportedEntryMatched", "invitation", later.listId());
        assertThat(row(entry).status()).isEqualTo(CandidateStatus.CANDIDATE);
        assertThat(row(entry).personId()).isEqualTo(confirmed.id());
        invitations.invite(policy, later.listId(), List.of(row(entry).id()));
        long nomination = invitations.accept(officer, row(entry).invitationId());

        LocalDate today = certifications.today();
        certifications.certify(new CertificationRequest(confirmed.id(), nomination, officer.unitId(), null, today,
                List.of(new QualifyingAchievement(QualifyingAchievement.Kind.COMPETITION, Competition.WORLDSKILLS, 1,
                        null, null, GOLD_DAY, "世界技能大赛金牌", "世界技能大赛金牌")), officer.accountId()));
        for (int i = 0; i < 200 && row(entry).status() != CandidateStatus.CERTIFIED; i++) {
            Thread.sleep(50);
        }
        assertThat(row(entry).status()).isEqualTo(CandidateStatus.CERTIFIED);
        assertThat(invitations.funnel(policy, later.listId()).certified()).isEqualTo(1);
    }

    private Map<Long, CandidateStatus> statuses() {
        return jdbc.sql("SELECT entry_id, status FROM invitation_candidate WHERE list_id = ?").param(list.listId())
                .query((rs, n) -> Map.entry(rs.getLong(1), CandidateStatus.valueOf(rs.getString(2)))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
