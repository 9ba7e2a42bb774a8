package cn.jiangxin.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.jiangxin.audit.AuditRecord;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.nomination.SkillLevel;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.person.Sex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A round as the services run it: leading talents listed at opening in the policy's order, units proposing their own
 * people only in the window, staff moving with a reason (audited), decisions only once the window is over and within
 * the places, results only for recommended people and once, and the same outcome recorded by two staff at once
 * counted once.
 */
@JiangxinTest
class SelectionRoundTest {

    @Autowired SelectionRounds rounds;
    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired Certifications certifications;
    @Autowired Staff staff;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired RecommendedList list;

    private SelectionFixture fixture;
    private CurrentUser policy;
    private CurrentUser officer;
    private CurrentUser officer2;
    private String trade;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new SelectionFixture(people, nominations, certifications);
        policy = staff.policy();
        officer = staff.officer();
        officer2 = staff.officer2();
        trade = SelectionFixture.uniqueTrade();
        today = rounds.today();
    }

    private List<String> names(long roundId, CurrentUser user) {
        return rounds.page(user, roundId).ranked().stream().map(r -> r.candidate().personName()).toList();
    }

    private long candidate(long roundId, String name) {
        return rounds.page(policy, roundId).ranked().stream().filter(r -> r.candidate().personName().equals(name))
                .findFirst().orElseThrow().candidate().id();
    }

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (RuleViolationException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void activeLeadingTalentsMeetingTheConditionsAreListedAtOpeningInTheRankingOrderWithTheirReasons() {
        fixture.talent(officer, "排序工作室", trade, SkillLevel.LEVEL_1, List.of(SelectionFixture.studio("2019-03-01")));
        fixture.talent(officer, "排序荣誉乙", trade, SkillLevel.LEVEL_1,
                List.of(SelectionFixture.honour("BEIJING_TECHNICIAN_ALLOWANCE", "2023-06-01")));
        fixture.talent(officer2, "排序世赛", trade, SkillLevel.LEVEL_2,
                List.of(SelectionFixture.studio("2018-01-01"), SelectionFixture.competition(Competition.WORLDSKILLS, 1, "2024-09-14")));
        fixture.talent(officer, "排序荣誉甲", trade, SkillLevel.LEVEL_1,
                List.of(SelectionFixture.honour("BEIJING_TECHNICIAN_ALLOWANCE", "2023-06-01")));
        fixture.talent(officer2, "排序全国", trade, SkillLevel.LEVEL_1,
                List.of(SelectionFixture.competition(Competition.NATIONAL, 2, "2025-09-20")));
        fixture.talent(officer, "排序低等级", trade, SkillLevel.LEVEL_3,
                List.of(SelectionFixture.competition(Competition.NATIONAL, 1, "2025-09-20")));
        fixture.withForm(officer, "排序未认定", trade, SkillLevel.LEVEL_1,
                List.of(SelectionFixture.competition(Competition.WORLDSKILLS, 1, "2024-09-14")));
        fixture.talent(officer, "排序别的工种", SelectionFixture.uniqueTrade(), SkillLevel.LEVEL_1,
                List.of(SelectionFixture.competition(Competition.WORLDSKILLS, 1, "2024-09-14")));

        NewRound round = new NewRound("BEIJING_OUTSTANDING_CONTRIBUTION", null, today.getYear(), 3,
                new RoundConditions("LEVEL_2", List.of(trade), null, null), today, today.plusDays(7), today.plusDays(30));
        long id = rounds.open(policy, round);

        // the two honours of the same date keep the order they were certified (listed) in: 乙 before 甲
        assertThat(names(id, policy)).containsExactly("排序世赛", "排序全国", "排序荣誉乙", "排序荣誉甲", "排序工作室");
        var first = rounds.page(policy, id).ranked().get(0);
        assertThat(first.candidate().source()).isEqualTo(Candidate.Source.LEADING_TALENT);
        assertThat(first.candidate().listedReason()).contains("有效期内的高技能领军人才", "CYLJ-", "二级/技师");
        assertThat(first.why()).contains("高技能领军人才，优先", "世界技能大赛", "2024年9月14日");
        assertThat(rounds.find(id).orElseThrow().title()).isEqualTo("北京市有突出贡献的高技能人才");
        assertThat(rounds.find(id).orElseThrow().rankingTiers()).containsExactly("WORLDSKILLS",
                "NATIONAL_COMPETITION", "BEIJING_COMPETITION", "CHAOYANG_COMPETITION", "HONOUR", "STUDIO");
    }

    @Test
    void unitsProposeOnlyTheirOwnPeopleOnlyInTheWindowAndSeeOnlyTheirOwnRows() {
        fixture.talent(officer2, "窗口领军", trade, SkillLevel.LEVEL_1,
                List.of(SelectionFixture.competition(Competition.BEIJING, 1, "2022-05-01")));
        long mine = TestPeople.register(people, officer, "窗口本单位", Sex.MALE);
        long theirs = TestPeople.register(people, officer2, "窗口他单位", Sex.MALE);
        long id = rounds.open(policy, SelectionFixture.round("PHOENIX_TALENT", 2, trade, today));

        assertThat(refusal(() -> rounds.propose(officer, id, new Proposal(theirs, trade, null, null, "业绩突出"))))
                .isEqualTo("selection.error.notOwnUnit");
        assertThat(refusal(() -> rounds.propose(officer, id, new Proposal(mine, "别的工种", null, null, "业绩突出"))))
                .contains("不在本轮范围");
        rounds.propose(officer, id, new Proposal(mine, trade, "LEVEL_2", 8, "带徒十人，解决关键工艺难题"));
        assertThat(refusal(() -> rounds.propose(officer, id, new Proposal(mine, trade, null, null, "再推一次"))))
                .isEqualTo("selection.error.listedAlready");
        assertThatThrownBy(() -> rounds.propose(policy, id, new Proposal(mine, trade, null, null, "x")))
                .isInstanceOf(NotFoundException.class);

        assertThat(names(id, policy)).containsExactly("窗口领军", "窗口本单位");
        assertThat(names(id, officer)).containsExactly("窗口本单位");
        assertThat(names(id, officer2)).containsExactly("窗口领军");
        assertThat(rounds.page(officer, id).ranked().get(0).position()).as("the position in the whole list").isEqualTo(2);

        long later = rounds.open(policy, new NewRound("PHOENIX_TALENT", null, today.getYear(), 2, RoundConditions.none(),
                today.plusDays(3), today.plusDays(7), today.plusDays(30)));
        assertThat(refusal(() -> rounds.propose(officer, later, new Proposal(mine, trade, null, null, "早了"))))
                .isEqualTo("selection.error.windowNotOpen");
        rounds.endProposals(policy, id);
        long other = TestPeople.register(people, officer, "窗口迟到", Sex.MALE);
        assertThat(refusal(() -> rounds.propose(officer, id, new Proposal(other, trade, null, null, "晚了"))))
                .isEqualTo("selection.error.windowClosed");
    }

    @Test
    void aProposalsEvidenceIsJudgedByTheEvidenceUploadRules() {
        long person = TestPeople.register(people, officer, "材料人", Sex.MALE);
        long other = TestPeople.register(people, officer, "材料不符人", Sex.MALE);
        long id = rounds.open(policy, SelectionFixture.round("PHOENIX_TALENT", 2, trade, today));

        assertThat(refusal(() -> rounds.propose(officer, id, new Proposal(other, trade, null, null, "业绩突出"),
                new org.springframework.mock.web.MockMultipartFile("evidence", "说明.pdf", "application/pdf",
                        "不是PDF，只是文字".getBytes(java.nio.charset.StandardCharsets.UTF_8))))).contains("PDF");
        assertThat(names(id, policy)).as("a refused file leaves no candidate").doesNotContain("材料不符人");

        long candidate = rounds.propose(officer, id, new Proposal(person, trade, null, null, "业绩突出"),
                cn.jiangxin.testsupport.PdfBytes.upload("获奖证书.pdf", "application/pdf"));
        SelectionRounds.Evidence evidence = rounds.evidence(officer, candidate);
        assertThat(evidence.name()).isEqualTo("获奖证书.pdf");
        assertThat(evidence.contentType()).isEqualTo("application/pdf");
        assertThat(evidence.path()).exists();
        assertThatThrownBy(() -> rounds.evidence(officer2, candidate)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRoundIsValidatedWithMessagesInBothLanguages() {
        assertThat(refusal(() -> new NewRound("", null, 2026, 3, null, today, today, today))).isEqualTo("selection.error.purpose");
        assertThat(refusal(() -> new NewRound("PROGRAMME", " ", 2026, 3, null, today, today, today))).isEqualTo("selection.error.title");
        assertThat(refusal(() -> new NewRound("PHOENIX_TALENT", null, 2026, 0, null, today, today, today))).isEqualTo("selection.error.places");
        assertThat(refusal(() -> new NewRound("PHOENIX_TALENT", null, 2026, 3, null, today, today.minusDays(1), today)))
                .isEqualTo("selection.error.windowOrder");
        assertThat(refusal(() -> new NewRound("PHOENIX_TALENT", null, 2026, 3, null, today, today.plusDays(2), today.plusDays(1))))
                .isEqualTo("selection.error.decideOn");
        assertThat(refusal(() -> rounds.open(policy, new NewRound("NO_SUCH_HONOUR", null, 2026, 3, null, today, today, today))))
                .isEqualTo("selection.error.purpose");
        assertThatThrownBy(() -> rounds.open(officer, SelectionFixture.round("PHOENIX_TALENT", 1, trade, today)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void outcomesComeInOrderWithinThePlacesAndMovesAreAudited() throws Exception {
        fixture.talent(officer, "结果甲", trade, SkillLevel.LEVEL_1, List.of(SelectionFixture.competition(Competition.WORLDSKILLS, 2, "2024-09-14")));
        fixture.talent(officer, "结果乙", trade, SkillLevel.LEVEL_1, List.of(SelectionFixture.competition(Competition.CHAOYANG, 1, "2024-09-14")));
        fixture.talent(officer, "结果丙", trade, SkillLevel.LEVEL_1, List.of(SelectionFixture.studio("2024-09-14")));
        long id = rounds.open(policy, SelectionFixture.round("STATE_COUNCIL_ALLOWANCE", 1, trade, today));
        long a = candidate(id, "结果甲");
        long b = candidate(id, "结果乙");
        long c = candidate(id, "结果丙");

        assertThat(refusal(() -> rounds.decide(policy, a, Candidate.Decision.RECOMMENDED, null)))
                .isEqualTo("selection.error.decideBeforeClose");
        assertThat(refusal(() -> rounds.move(policy, c, 1, " "))).isEqualTo("selection.error.moveReason");
        rounds.move(policy, c, 1, "工作室建设评估优秀，区里先报");
        assertThat(names(id, policy)).containsExactly("结果丙", "结果甲", "结果乙");
        assertThat(audit.latest(null, "selection_candidate", String.valueOf(c), 5))
                .extracting(AuditRecord::action).contains("SELECTION_CANDIDATE_MOVED");

        rounds.endProposals(policy, id);
        assertThat(refusal(() -> rounds.recordResult(policy, c, Candidate.Result.AWARDED, today)))
                .isEqualTo("selection.error.resultNotRecommended");
        rounds.decide(policy, c, Candidate.Decision.RECOMMENDED, null);
        assertThat(refusal(() -> rounds.decide(policy, a, Candidate.Decision.RECOMMENDED, null)))
                .isEqualTo("selection.error.placesFull");
        assertThat(refusal(() -> rounds.decide(policy, a, Candidate.Decision.NOT_RECOMMENDED, "")))
                .isEqualTo("selection.error.decisionReason");
        rounds.decide(policy, a, Candidate.Decision.NOT_RECOMMENDED, "名额已满");
        assertThat(refusal(() -> rounds.decide(policy, a, Candidate.Decision.RECOMMENDED, null)))
                .isEqualTo("selection.error.decidedAlready");
        assertThat(refusal(() -> rounds.move(policy, c, 2, "再调"))).isEqualTo("selection.error.decidedAlready");
        assertThat(refusal(() -> rounds.recordResult(policy, c, Candidate.Result.AWARDED, today.plusDays(1))))
                .isEqualTo("selection.error.resultDate");
        rounds.recordResult(policy, c, Candidate.Result.AWARDED, today);
        assertThat(refusal(() -> rounds.recordResult(policy, c, Candidate.Result.NOT_AWARDED, today)))
                .isEqualTo("selection.error.resultAlready");

        var page = rounds.page(policy, id);
        assertThat(page.ranked()).extracting(r -> r.candidate().outcome())
                .containsExactly("AWARDED", "NOT_RECOMMENDED", "WAITING");
        assertThat(page.placesLeft()).isZero();
        assertThat(rounds.recommended(policy, id).ranked()).extracting(r -> r.candidate().personName())
                .containsExactly("结果丙");

        // the list the higher authority receives: Excel with a title row, a PDF under the Bureau's header
        var out = new java.io.ByteArrayOutputStream();
        list.excel(rounds.recommended(policy, id), out);
        List<List<String>> rows = cn.jiangxin.testsupport.ExcelRows.of(out.toByteArray());
        assertThat(rows.get(0).get(0)).isEqualTo("北京市朝阳区人力资源和社会保障局 " + today.getYear()
                + "年国务院政府特殊津贴人员推荐人选名单");
        assertThat(rows.get(1)).startsWith("序号", "姓名", "工作单位");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).contains("结果丙", "高技能领军人才");
        String pdf = cn.jiangxin.testsupport.PdfBytes.glyphs(list.pdf(rounds.recommended(policy, id), today)).stream()
                .map(cn.jiangxin.testsupport.PdfBytes.Glyph::text).collect(java.util.stream.Collectors.joining());
        assertThat(pdf).contains("北京市朝阳区人力资源和社会保障局", "推荐人选名单", "结果丙").doesNotContain("结果甲");
        assertThat(b).isPositive();
    }

    @Test
    void twoStaffRecordingTheSameOutcomeAtOnceRecordItOnceAndTheHonourOnce() throws Exception {
        fixture.talent(officer, "并发甲", trade, SkillLevel.LEVEL_1, List.of(SelectionFixture.studio("2020-01-01")));
        fixture.talent(officer, "并发乙", trade, SkillLevel.LEVEL_1, List.of(SelectionFixture.studio("2021-01-01")));
        long id = rounds.open(policy, SelectionFixture.round("CHAOYANG_CHIEF_TECHNICIAN_ALLOWANCE", 1, trade, today));
        rounds.endProposals(policy, id);
        long a = candidate(id, "并发甲");
        long b = candidate(id, "并发乙");

        List<String> decided = race(List.of(() -> rounds.decide(policy, a, Candidate.Decision.RECOMMENDED, null),
                () -> rounds.decide(policy, a, Candidate.Decision.RECOMMENDED, null)));
        assertThat(decided).containsExactlyInAnyOrder("ok", "selection.error.decidedAlready");

        long c = rounds.open(policy, SelectionFixture.round("PHOENIX_TALENT", 1, trade, today));
        rounds.endProposals(policy, c);
        long ca = candidate(c, "并发甲");
        long cb = candidate(c, "并发乙");
        List<String> places = race(List.of(() -> rounds.decide(policy, ca, Candidate.Decision.RECOMMENDED, null),
                () -> rounds.decide(policy, cb, Candidate.Decision.RECOMMENDED, null)));
        assertThat(places).containsExactlyInAnyOrder("ok", "selection.error.placesFull");

        List<String> results = race(List.of(() -> rounds.recordResult(policy, a, Candidate.Result.AWARDED, today),
                () -> rounds.recordResult(policy, a, Candidate.Result.AWARDED, today)));
        assertThat(results).containsExactlyInAnyOrder("ok", "selection.error.resultAlready");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM nomination_recorded_honour WHERE source LIKE ?").param("SELECTION:" + id + ":%")
                .query(Long.class).single() == 1);
        Thread.sleep(500);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM nomination_recorded_honour WHERE source LIKE ?")
                .param("SELECTION:" + id + ":%").query(Long.class).single()).isEqualTo(1);
        assertThat(rounds.page(policy, id).recommended()).isEqualTo(1);
        assertThat(b).isPositive();
    }

    /** Runs the calls at once; each answers "ok" or the key of its refusal. */
    private static List<String> race(List<Runnable> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Runnable call : calls) {
                Callable<String> c = () -> {
                    ready.countDown();
                    go.await();
                    try {
                        call.run();
                        return "ok";
                    } catch (RuleViolationException e) {
                        return e.getMessage();
                    }
                };
                answers.add(threads.submit(c));
            }
            ready.await();
            go.countDown();
            List<String> out = new ArrayList<>();
            for (Future<String> f : answers) {
                out.add(f.get(1, TimeUnit.MINUTES));
            }
            return out;
        } finally {
            threads.shutdownNow();
        }
    }
}
