package cn.jiangxin.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.listimport.ImportKind;
import cn.jiangxin.nomination.Achievement;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.ImportedLists;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Honour and allowance lists and studio lists, imported, matched and evaluated for real (issue 17 item 7): a title of
 * the version's honour list (享受国务院政府特殊津贴 is 国务院政府特殊津贴人员) and a 国家级 studio make candidates, with
 * the engine's reason; a title the version does not list (全国技术能手: the Bureau may extend the list) is not evaluated,
 * saying so; the unit's confirmation opens a case whose first achievement is the honour (or the studio), not a
 * competition.
 */
@JiangxinTest
class HonourAndStudioListsTest {

    @Autowired ApplicationContext context;
    @Autowired CandidateStore store;
    @Autowired Invitations invitations;
    @Autowired Nominations nominations;
    @Autowired People people;
    @Autowired Staff staff;

    private static final String SCHOOL = "北京市朝阳区职业技能培训学校";

    CurrentUser officer;
    CurrentUser policy;
    String tag;

    @BeforeEach
    void staffAndATag() {
        officer = staff.officer();
        policy = staff.policy();
        tag = UUID.randomUUID().toString().substring(0, 6).chars()
                .mapToObj(c -> String.valueOf("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳".charAt(Character.digit(c, 16))))
                .collect(java.util.stream.Collectors.joining());
    }

    private String registered(String name) {
        return ImportedLists.person(people, officer, officer.unitId(), name, Sex.MALE, LocalDate.of(1980, 1, 1), 3000)
                .idNumber();
    }

    private CandidateRow candidate(ImportedLists.Imported list, String name) {
        return store.candidateOfEntry(list.entry(name)).orElseThrow();
    }

    @Test
    void anHonourOfTheVersionsListMakesACandidateAndTheUnitsCaseStartsWithThatHonour() throws Exception {
        String allowance = "津贴" + tag.substring(0, 2) + "甲";
        String expert = "能手" + tag.substring(0, 2) + "乙";
        ImportedLists.Imported list = ImportedLists.of(context, ImportKind.HONOUR, "荣誉名单", "姓名,身份证号,工作单位,荣誉称号,获得时间")
                .line(allowance, registered(allowance), SCHOOL, "享受国务院政府特殊津贴", "2023-05-01")
                .line(expert, registered(expert), SCHOOL, "全国技术能手", "2022-12-01")
                .importedBy(policy.accountId());

        CandidateRow honoured = candidate(list, allowance);
        assertThat(honoured.status()).isEqualTo(CandidateStatus.CANDIDATE);
        assertThat(honoured.reason()).contains("国务院政府特殊津贴", CandidateEvaluation.RECOMMENDATION_NOTE);
        assertThat(honoured.achievement()).doesNotContain("名次未载明");
        assertThat(candidate(list, expert).status()).isEqualTo(CandidateStatus.NOT_EVALUATED);
        assertThat(candidate(list, expert).reason()).contains("全国技术能手", "不在现行政策版本所列荣誉和津贴之中");

        assertThat(invitations.invite(policy, list.listId(), List.of(honoured.id()))).isEqualTo(1);
        long invitation = store.candidate(honoured.id()).orElseThrow().invitationId();
        long nomination = invitations.accept(officer, invitation);
        Achievement first = nominations.requireEditable(officer, nomination).draft().achievements().get(0);
        assertThat(first.kind()).isEqualTo(Achievement.Kind.HONOR);
        assertThat(first.honour()).isEqualTo("STATE_COUNCIL_ALLOWANCE");
        assertThat(first.achievedOn()).isEqualTo(LocalDate.of(2023, 5, 1));
    }

    @Test
    void aNationalStudiosLeaderIsACandidateAndAStudioWithoutALevelIsNotEvaluated() throws Exception {
        String leader = "领办" + tag.substring(0, 2) + "丙";
        String unlevelled = "领办" + tag.substring(0, 2) + "丁";
        ImportedLists.Imported list = ImportedLists.of(context, ImportKind.STUDIO, "工作室名单", "姓名,身份证号,工作单位,工作室级别,领办时间")
                .line(leader, registered(leader), SCHOOL, "国家级技能大师工作室", "2021-03-01")
                .line(unlevelled, registered(unlevelled), SCHOOL, "技能大师工作室", "2021-03-01")
                .importedBy(policy.accountId());

        CandidateRow led = candidate(list, leader);
        assertThat(led.status()).isEqualTo(CandidateStatus.CANDIDATE);
        assertThat(candidate(list, unlevelled).status()).isEqualTo(CandidateStatus.NOT_EVALUATED);
        assertThat(candidate(list, unlevelled).reason()).contains("未载明工作室级别");

        invitations.invite(policy, list.listId(), List.of(led.id()));
        long invitation = store.candidate(led.id()).orElseThrow().invitationId();
        Achievement first = nominations.requireEditable(officer, invitations.accept(officer, invitation)).draft()
                .achievements().get(0);
        assertThat(first.kind()).isEqualTo(Achievement.Kind.STUDIO_LEADER);
        assertThat(first.studioLevel()).isEqualTo(Achievement.Level.NATIONAL);
    }
}
