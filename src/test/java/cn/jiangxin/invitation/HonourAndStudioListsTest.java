package cn.jiangxin.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.listimport.DoneLists;
import cn.jiangxin.listimport.ImportKind;
import cn.jiangxin.listimport.ImportedEntries;
import cn.jiangxin.nomination.Achievement;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.MobileNumber;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonDraft;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.IdNumbers;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
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
    @Autowired ImportedEntries entries;
    @Autowired CandidateStore store;
    @Autowired Invitations invitations;
    @Autowired Nominations nominations;
    @Autowired People people;
    @Autowired Staff staff;

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
        String id = TestPeople.unusedIdNumber(people, LocalDate.of(1980, 1, 1), 3000, Sex.MALE);
        people.register(officer, new PersonDraft(name, ResidentIdNumber.parse(id, LocalDate.MAX),
                MobileNumber.parse(IdNumbers.mobile()), officer.unitId()));
        return id;
    }

    /** The candidates of a list by name, once matching and the evaluation that follows it have run. */
    private Map<String, CandidateRow> candidatesOf(long listId, int expected) throws InterruptedException {
        Map<String, Long> byName = new HashMap<>();
        entries.forEachOf(listId, e -> byName.put(e.name(), e.entryId()));
        Map<String, CandidateRow> found = new HashMap<>();
        for (int i = 0; i < 400 && found.size() < expected; i++) {
            byName.forEach((name, entry) -> store.candidateOfEntry(entry).ifPresent(c -> found.put(name, c)));
            Thread.sleep(50);
        }
        assertThat(found).hasSize(expected);
        return found;
    }

    @Test
    void anHonourOfTheVersionsListMakesACandidateAndTheUnitsCaseStartsWithThatHonour() throws Exception {
        String allowance = "津贴" + tag.substring(0, 2) + "甲";
        String expert = "能手" + tag.substring(0, 2) + "乙";
        String csv = "姓名,身份证号,工作单位,荣誉称号,获得时间\n"
                + allowance + "," + registered(allowance) + ",北京市朝阳区职业技能培训学校,享受国务院政府特殊津贴,2023-05-01\n"
                + expert + "," + registered(expert) + ",北京市朝阳区职业技能培训学校,全国技术能手,2022-12-01\n";
        long list = DoneLists.importCsv(context, "荣誉名单 " + tag, ImportKind.HONOUR, csv, policy.accountId());

        Map<String, CandidateRow> candidates = candidatesOf(list, 2);
        CandidateRow honoured = candidates.get(allowance);
        assertThat(honoured.status()).isEqualTo(CandidateStatus.CANDIDATE);
        assertThat(honoured.reason()).contains("国务院政府特殊津贴", CandidateEvaluation.RECOMMENDATION_NOTE);
        assertThat(honoured.achievement()).doesNotContain("名次未载明");
        assertThat(candidates.get(expert).status()).isEqualTo(CandidateStatus.NOT_EVALUATED);
        assertThat(candidates.get(expert).reason()).contains("全国技术能手", "不在现行政策版本所列荣誉和津贴之中");

        assertThat(invitations.invite(policy, list, List.of(honoured.id()))).isEqualTo(1);
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
        String csv = "姓名,身份证号,工作单位,工作室级别,领办时间\n"
                + leader + "," + registered(leader) + ",北京市朝阳区职业技能培训学校,国家级技能大师工作室,2021-03-01\n"
                + unlevelled + "," + registered(unlevelled) + ",北京市朝阳区职业技能培训学校,技能大师工作室,2021-03-01\n";
        long list = DoneLists.importCsv(context, "工作室名单 " + tag, ImportKind.STUDIO, csv, policy.accountId());

        Map<String, CandidateRow> candidates = candidatesOf(list, 2);
        assertThat(candidates.get(leader).status()).isEqualTo(CandidateStatus.CANDIDATE);
        assertThat(candidates.get(unlevelled).status()).isEqualTo(CandidateStatus.NOT_EVALUATED);
        assertThat(candidates.get(unlevelled).reason()).contains("未载明工作室级别");

        invitations.invite(policy, list, List.of(candidates.get(leader).id()));
        long invitation = store.candidate(candidates.get(leader).id()).orElseThrow().invitationId();
        Achievement first = nominations.requireEditable(officer, invitations.accept(officer, invitation)).draft()
                .achievements().get(0);
        assertThat(first.kind()).isEqualTo(Achievement.Kind.STUDIO_LEADER);
        assertThat(first.studioLevel()).isEqualTo(Achievement.Level.NATIONAL);
    }
}
