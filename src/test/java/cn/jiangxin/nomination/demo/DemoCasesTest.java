package cn.jiangxin.nomination.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jiangxin.evidence.FileCategory;
import cn.jiangxin.evidence.NominationFiles;
import cn.jiangxin.evidence.StoredFile;
import cn.jiangxin.notice.NoticeBatch;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.benefit.Entitlement;
import cn.jiangxin.benefit.EntitlementStatus;
import cn.jiangxin.benefit.Entitlements;
import cn.jiangxin.certification.Certification;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.AccountPrincipal;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.NominationAction;
import cn.jiangxin.nomination.NominationLookup;
import cn.jiangxin.nomination.NominationState;
import cn.jiangxin.nomination.NominationView;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.nomination.Transition;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.review.ReviewQueue;
import cn.jiangxin.testsupport.TestAccounts;
import cn.jiangxin.person.People;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.reward.BeneficiaryKind;
import cn.jiangxin.reward.RewardCase;
import cn.jiangxin.reward.RewardCases;
import cn.jiangxin.reward.RewardState;
import cn.jiangxin.testsupport.AccessibilityCheck;
import cn.jiangxin.testsupport.DemoTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The demo cases seeded at startup: their states, what certification set off, the talent's login, a restart. */
@DemoTest
class DemoCasesTest {

    @Autowired MockMvc mvc;
    @Autowired Nominations nominations;
    @Autowired ReviewQueue queue;
    @Autowired NominationLookup lookup;
    @Autowired NominationFiles files;
    @Autowired NoticeBoard board;
    @Autowired People people;
    @Autowired Certifications certifications;
    @Autowired Entitlements entitlements;
    @Autowired RewardCases rewards;
    @Autowired PolicyVersions versions;
    @Autowired UserDetailsService users;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired List<ApplicationRunner> runners;

    CurrentUser as(String username) {
        return TestAccounts.signedIn(users, username);
    }

    long person(String idNumber) {
        return people.find(ResidentIdNumber.parse(idNumber, LocalDate.MAX)).orElseThrow().id();
    }

    NominationView caseOf(String idNumber) {
        long person = person(idNumber);
        List<NominationView> cases = lookup.ofPerson(person);
        assertThat(cases).hasSize(1);
        return cases.get(0);
    }

    @Test
    void theCasesAreInTheirStatesWithTheirActors() {
        CurrentUser officer = as("officer");
        NominationView draft = caseOf(DemoCases.DRAFTED);
        assertThat(draft.state()).isEqualTo(NominationState.DRAFT);
        assertThat(draft.unitId()).isEqualTo(officer.unitId());
        assertThat(nominations.gaps(draft)).isNotEmpty();

        NominationView submitted = caseOf(DemoCases.SUBMITTED);
        assertThat(submitted.state()).isEqualTo(NominationState.SUBMITTED);
        assertThat(files.of(submitted.id())).extracting(StoredFile::kind)
                .containsExactlyInAnyOrder(FileCategory.EVIDENCE, FileCategory.STAMPED_FORM);
        assertThat(queue.page(as("reviewer"), ReviewQueue.Desk.REVIEW, new ListQuery(ReviewQueue.Desk.REVIEW.spec(),
                String.valueOf(submitted.id()), 1, 20, null, false, Map.of("state", "SUBMITTED"))).rows())
                .anyMatch(e -> e.nomination().id() == submitted.id());

        NominationView returned = caseOf(DemoCases.RETURNED);
        assertThat(returned.state()).isEqualTo(NominationState.RETURNED);
        assertThat(returned.history()).last().satisfies(t -> {
            assertThat(t.reason()).isEqualTo(DemoCases.RETURN_REASON);
            assertThat(t.actorAccountId()).isEqualTo(as("reviewer2").accountId());
        });
        assertThat(audit.latest("reviewer2", "nomination", String.valueOf(returned.id()), 5))
                .extracting(r -> r.action()).contains("NOMINATION_RETURN");

        NominationView onNotice = caseOf(DemoCases.ON_NOTICE);
        assertThat(onNotice.state()).isEqualTo(NominationState.IN_PUBLIC_NOTICE);
        NoticeBatch running = board.ofCase(onNotice.id()).orElseThrow();
        assertThat(running.runningOn(board.today())).isTrue();
        assertThat(board.acceptsObjectionsNow(running)).isTrue();

        NominationView certified = caseOf(DemoCases.MEDALLIST);
        assertThat(certified.state()).isEqualTo(NominationState.CERTIFIED);
        assertThat(certified.unitId()).isEqualTo(as("officer2").unitId());
        assertThat(board.ofCase(certified.id()).orElseThrow().period().isOverOn(board.today())).isTrue();
        assertThat(certified.history()).extracting(Transition::action).containsExactly(NominationAction.SUBMIT,
                NominationAction.TAKE, NominationAction.PASS, NominationAction.APPROVE_FOR_NOTICE,
                NominationAction.OPEN_NOTICE, NominationAction.CERTIFY);
        CurrentUser reviewer = as("reviewer");
        CurrentUser approver = as("approver");
        assertThat(certified.history().get(2).actorAccountId()).isEqualTo(reviewer.accountId());
        assertThat(certified.history().get(5).actorAccountId()).isEqualTo(approver.accountId())
                .isNotEqualTo(reviewer.accountId());
    }

    @Test
    void theMedallistIsCertifiedForTwoYearsWithEntitlementsAndTwoRewardCases() {
        long medallist = person(DemoCases.MEDALLIST);
        LocalDate today = certifications.today();
        Certification c = certifications.ofPerson(medallist).get(0);
        assertThat(certifications.ofPerson(medallist)).hasSize(1);
        assertThat(c.nominationId()).isEqualTo(caseOf(DemoCases.MEDALLIST).id());
        assertThat(certifications.activeOn(medallist, today)).contains(c);
        assertThat(c.supportEndExclusive()).isEqualTo(c.supportStart().plusYears(2));
        assertThat(c.supportStart()).isAfter(today.minusDays(2)).isBeforeOrEqualTo(today);

        int measures = versions.published(c.policyVersion()).orElseThrow().terms().measures().size();
        List<Entitlement> granted = entitlements.ofPerson(medallist, today);
        assertThat(granted).hasSize(measures).allSatisfy(e -> {
            assertThat(e.certificationId()).isEqualTo(c.id());
            assertThat(e.status()).isEqualTo(EntitlementStatus.ACTIVE);
        });

        List<RewardCase> cases = rewards.forFinance(as("finance"), null, null).stream()
                .filter(r -> r.personId() == medallist).toList();
        assertThat(cases).extracting(RewardCase::kind, RewardCase::state, RewardCase::beneficiaryName)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(BeneficiaryKind.PERSON, RewardState.READY, "马骏"),
                        org.assertj.core.groups.Tuple.tuple(BeneficiaryKind.TRAINING_UNIT,
                                RewardState.AWAITING_BANK_DETAILS, "北京市朝阳区焊接行业协会"));
    }

    @Test
    void theTalentLogsInWithTheDemoPasswordAndSeesCertificateEntitlementsAndReward() throws Exception {
        AccountPrincipal talent = (AccountPrincipal) users.loadUserByUsername("talent");
        assertThat(talent.toCurrentUser().personId()).isEqualTo(person(DemoCases.MEDALLIST));
        assertThat(talent.isMustChangePassword()).isFalse();
        var login = mvc.perform(formLogin().user("talent").password("jiangxin2025"))
                .andExpect(authenticated().withUsername("talent")).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("/account/password");
        assertThat(audit.latest("", "account", "talent", 10)).extracting(r -> r.action())
                .contains("DEMO_TALENT_ACCOUNT_NAMED");

        Certification c = certifications.ofPerson(person(DemoCases.MEDALLIST)).get(0);
        assertThat(page("talent", "/my/certification")).contains(c.certificateNo(), c.supportStart().toString());
        assertThat(page("talent", "/my/entitlements")).contains("公园");
        assertThat(page("talent", "/my/rewards")).contains("待支付");
        assertThat(page("talent", "/my")).contains("已认定");
    }

    @Test
    void thePagesOfEveryRoleShowTheCasesAndStayAccessible() throws Exception {
        Map<String, List<String>> shown = Map.of(
                "officer /nominations", List.of("许晴", "何静", "林涛", "已退回", "草稿"),
                "officer2 /nominations", List.of("高峰", "马骏", "公示中", "已认定"),
                "reviewer /review", List.of("何静"),
                "approver /notices", List.of("第一批，演示", "第二批，演示"),
                "approver /certifications", List.of("马骏"),
                "finance /rewards", List.of("马骏", "北京市朝阳区焊接行业协会", "待填写银行账户", "待支付"),
                "finance /rewards/batches", List.of("马骏"),
                "anonymous /public/notices", List.of("第二批，演示"));
        List<String> problems = new ArrayList<>();
        for (var entry : shown.entrySet()) {
            String[] who = entry.getKey().split(" ");
            String html = page(who[0], who[1]);
            entry.getValue().stream().filter(text -> !html.contains(text))
                    .forEach(text -> problems.add(entry.getKey() + " lacks " + text));
            problems.addAll(AccessibilityCheck.problems(entry.getKey(), Jsoup.parse(html)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aRestartAddsNothing() throws Exception {
        long medallist = person(DemoCases.MEDALLIST);
        String counts = """
                SELECT (SELECT COUNT(*) FROM nomination) || ' ' || (SELECT COUNT(*) FROM nomination_file) || ' '
                  || (SELECT COUNT(*) FROM notice_batch) || ' ' || (SELECT COUNT(*) FROM certification) || ' '
                  || (SELECT COUNT(*) FROM account) || ' ' || (SELECT COUNT(*) FROM person) || ' '
                  || (SELECT COUNT(*) FROM entitlement WHERE person_id = :p) || ' '
                  || (SELECT COUNT(*) FROM reward_case WHERE person_id = :p) || ' '
                  || (SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'NOMINATION%' OR action LIKE 'NOTICE%'
                      OR action LIKE 'DEMO%' OR action LIKE 'REWARD%' OR action LIKE 'TALENT%')""";
        String before = jdbc.sql(counts).param("p", medallist).query(String.class).single();

        List<ApplicationRunner> inOrder = new ArrayList<>(runners);
        AnnotationAwareOrderComparator.sort(inOrder);
        for (ApplicationRunner runner : inOrder) {
            runner.run(null);
        }

        assertThat(jdbc.sql(counts).param("p", medallist).query(String.class).single()).isEqualTo(before);
        assertThat(before.split(" ")[7]).isEqualTo("2");
    }

    private String page(String username, String path) throws Exception {
        var request = get(path);
        if (!username.equals("anonymous")) {
            request.with(user(users.loadUserByUsername(username)));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
