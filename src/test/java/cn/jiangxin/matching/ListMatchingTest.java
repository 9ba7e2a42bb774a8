package cn.jiangxin.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.listimport.DoneLists;
import cn.jiangxin.listimport.ListImported;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Race;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A done list is matched by the listener on {@code ListImported} (issue 17 item 6), end to end through the list
 * import module ({@link ReviewedList}): each entry's decision, method and person; the event delivered again changes
 * nothing and says {@link ListMatched} with the same counts; staff confirm an uncertain match as one of its people
 * (once, whoever of ten clicks first; {@link ImportedEntryMatched} published; audited) or reject one with a reason;
 * a re-import of the same list keeps the staff decisions.
 */
@JiangxinTest
@RecordApplicationEvents
class ListMatchingTest {

    @Autowired ApplicationContext context;
    @Autowired ListMatching matching;
    @Autowired MatchReviews reviews;
    @Autowired MatchResults results;
    @Autowired MatchResultStore store;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired Staff staff;
    @Autowired ApplicationEvents events;
    @Autowired IncompleteEventPublications incomplete;

    private ReviewedList list;

    @BeforeEach
    void importedAndMatched() {
        list = new ReviewedList(context).imported(staff);
    }

    private MatchResultStore.Row row(long entryId) {
        return store.row(entryId).orElseThrow();
    }

    @Test
    void everyEntryOfADoneListIsMatchedAndSaysHowAndHowSure() {
        MatchResultStore.Row chen = row(list.entry("陈静", ""));
        assertThat(chen.decision()).isEqualTo("AUTO");
        assertThat(chen.method()).isEqualTo(MatchMethod.ID_NUMBER);
        assertThat(chen.confidence()).isEqualTo(1.0);
        assertThat(chen.personId()).isEqualTo(list.f.personId(list.chenId));

        MatchResultStore.Row zhao = row(list.entry("赵敏", ""));
        assertThat(zhao.decision()).as("the 15-digit ID number").isEqualTo("AUTO");
        assertThat(zhao.method()).isEqualTo(MatchMethod.ID_NUMBER);
        assertThat(zhao.personId()).isEqualTo(list.f.personId(list.zhaoId));

        MatchResultStore.Row li = row(list.entry("李强", ""));
        assertThat(li.decision()).as("two namesakes in the unit: staff decide").isEqualTo("PENDING");
        assertThat(li.outcome()).isEqualTo(MatchOutcome.UNCERTAIN);
        assertThat(li.alternatives()).hasSize(2);
        assertThat(li.reasons()).anyMatch(r -> r.contains("2位同名人员"));

        MatchResultStore.Row wang = row(list.entry("王芳", "食品"));
        assertThat(wang.decision()).as("有限责任公司 written for 有限公司").isEqualTo("AUTO");
        assertThat(wang.method()).isEqualTo(MatchMethod.NAME_AND_UNIT);

        MatchResultStore.Row namesake = row(list.entry("王芳", "精密机械"));
        assertThat(namesake.personId()).as("her namesake works in the bakery").isNull();
        assertThat(namesake.decision()).isEqualTo("NONE");
        assertThat(namesake.outcome()).isEqualTo(MatchOutcome.PROPOSE_REGISTRATION);

        MatchResultStore.Row sun = row(list.entry("孙磊", ""));
        assertThat(sun.outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        assertThat(sun.decision()).isEqualTo("NONE");

        assertThat(results.countsOf(list.listId)).isEqualTo(new ListMatchCounts(3, 1, 1, 1, 0));
        assertThat(results.settledPersonOf(chen.entryId())).hasValue(chen.personId());
        assertThat(results.settledPersonOf(li.entryId())).isEmpty();
    }

    @Test
    void theListMatchedAgainAsOnARedeliveredEventChangesNothingAndSaysTheListIsMatched() {
        List<MatchResultStore.Row> before = rows();

        matching.matchAndAnnounce(list.listId);

        assertThat(rows()).isEqualTo(before);
        assertThat(events.stream(ListMatched.class).filter(e -> e.listId() == list.listId))
                .containsExactly(new ListMatched(list.listId, new ListMatchCounts(3, 1, 1, 1, 0)));
    }

    @Test
    void theListImportedPublicationResubmittedAsAfterACrashChangesNothing() {
        long li = list.entry("李强", "");
        reviews.reject(li, "不是名单中的人", staff.policy());
        List<MatchResultStore.Row> before = rows();
        // as if the node had died before the listener finished: the publication is incomplete, and is resubmitted
        jdbc.sql("""
                UPDATE event_publication SET completion_date = NULL, status = 'FAILED'
                WHERE event_type LIKE '%ListImported' AND listener_id LIKE '%ListMatching%'
                    AND serialized_event LIKE :list""")
                .param("list", "%\"listId\":" + list.listId + ",%").update();

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof ListImported l
                && l.listId() == list.listId);
        list.awaitMatched(list.listId);

        assertThat(rows()).isEqualTo(before);
        assertThat(list.decision(li)).isEqualTo("REJECTED");
    }

    @Test
    void staffConfirmOneOfThePossiblePeopleOnceAndTheEntryIsSettledAsTheirs() throws Exception {
        long li = list.entry("李强", "");
        long second = row(li).alternatives().get(1);

        List<Race.Outcome> outcomes = Race.run(10, i -> {
            reviews.confirm(li, second, staff.policy());
            return i;
        });

        assertThat(outcomes.stream().filter(Race.Outcome::succeeded)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.succeeded()))
                .allMatch(o -> o.failure() instanceof RuleViolationException
                        && o.failure().getMessage().contains("已由工作人员处理"));
        assertThat(list.decision(li)).isEqualTo("CONFIRMED");
        assertThat(results.settledPersonOf(li)).hasValue(second);
        assertThat(audit.latest(Staff.POLICY, "match_result", String.valueOf(li), 20))
                .filteredOn(r -> r.action().equals("MATCH_CONFIRMED")).hasSize(1);
        assertThat(results.countsOf(list.listId)).isEqualTo(new ListMatchCounts(4, 0, 1, 1, 0));
    }

    @Test
    void aConfirmationPublishesTheSettledEntryInItsTransaction() {
        long li = list.entry("李强", "");
        long first = row(li).alternatives().get(0);

        reviews.confirm(li, first, staff.policy());

        assertThat(events.stream(ImportedEntryMatched.class))
                .containsExactly(new ImportedEntryMatched(li, list.listId, first, true));
        assertThatThrownBy(() -> reviews.confirm(li, first, staff.policy()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(events.stream(ImportedEntryMatched.class)).hasSize(1);
    }

    @Test
    void onlyOneOfThePossiblePeopleCanBeConfirmed() {
        long li = list.entry("李强", "");
        long chen = list.f.personId(list.chenId);

        assertThatThrownBy(() -> reviews.confirm(li, chen, staff.policy()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("可能的人员");
        assertThat(list.decision(li)).isEqualTo("PENDING");
    }

    @Test
    void staffRejectWithAReasonAndNoEntryIsSettled() {
        long li = list.entry("李强", "");

        assertThatThrownBy(() -> reviews.reject(li, "  ", staff.policy()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("理由");
        reviews.reject(li, "名单中的李强是外单位借调人员", staff.policy());

        assertThat(list.decision(li)).isEqualTo("REJECTED");
        assertThat(row(li).decisionReason()).isEqualTo("名单中的李强是外单位借调人员");
        assertThat(results.settledPersonOf(li)).isEmpty();
        assertThat(events.stream(ImportedEntryMatched.class)).isEmpty();
        assertThat(audit.latest(Staff.POLICY, "match_result", String.valueOf(li), 20))
                .filteredOn(r -> r.action().equals("MATCH_REJECTED")).hasSize(1);
        assertThat(results.countsOf(list.listId)).isEqualTo(new ListMatchCounts(3, 0, 1, 1, 1));
    }

    @Test
    void aReimportOfTheListKeepsTheStaffDecisionsOnTheSamePeople() {
        long li = list.entry("李强", "");
        long first = row(li).alternatives().get(0);
        reviews.confirm(li, first, staff.policy());

        long again = DoneLists.importCsv(context, list.source, list.csv(), staff.policy().accountId());
        list.awaitMatched(again);

        MatchResultStore.Row confirmed = row(li);
        assertThat(confirmed.listId()).as("the entry is now the later list's").isEqualTo(again);
        assertThat(confirmed.decision()).isEqualTo("CONFIRMED");
        assertThat(confirmed.personId()).isEqualTo(first);
        assertThat(results.countsOf(again)).isEqualTo(new ListMatchCounts(4, 0, 1, 1, 0));
    }

    @Test
    void aListLongerThanAChunkIsMatchedEntryForEntry() {
        String stems = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土山川河海云雷风雨霜雪";
        java.util.Set<Integer> known = java.util.Set.of(0, 499, 500, 1000, 1200);
        StringBuilder csv = new StringBuilder(ReviewedList.HEADER);
        for (int i = 0; i <= 1200; i++) {
            String name = "孙" + stems.charAt(i / stems.length() % stems.length()) + stems.charAt(i % stems.length());
            if (known.contains(i)) {
                csv.append("陈静,").append(list.chenId).append(",");
            } else {
                csv.append(name).append(",,").append(list.f.tag).append("远洋贸易有限公司");
            }
            csv.append(",世界技能大赛,第47届,赛项").append(i).append(",金牌,2024-09-15\n");
        }
        long chen = list.f.personId(list.chenId);

        long big = DoneLists.importCsv(context, list.source + " 全表", csv.toString(), staff.policy().accountId());
        list.awaitMatched(big);

        List<Object[]> byRow = jdbc.sql("""
                SELECT r.row_no, m.decision, m.person_id FROM import_row r JOIN match_result m ON m.entry_id = r.entry_id
                WHERE r.list_id = ? ORDER BY r.row_no""").param(big)
                .query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getObject(3) }).list();
        assertThat(byRow).hasSize(1201);
        for (Object[] row : byRow) {
            int index = (int) ((Long) row[0] - 2);
            boolean isChen = known.contains(index);
            assertThat(row[1]).as("row %s", row[0]).isEqualTo(isChen ? "AUTO" : "NONE");
            assertThat(row[2] == null ? null : ((Number) row[2]).longValue()).as("row %s", row[0])
                    .isEqualTo(isChen ? chen : null);
        }
        assertThat(results.countsOf(big)).isEqualTo(new ListMatchCounts(5, 0, 0, 1196, 0));
    }

    @Test
    void aKeptDecisionNeedsTheSamePerson() {
        MatchResultStore.Result again = new MatchResultStore.Result(1, 1, MatchOutcome.UNCERTAIN, null,
                MatchMethod.NAME_AND_UNIT, 0.5, "两位同名", "7,8", "PENDING", Instant.now());
        assertThat(ListMatching.keepsDecision(new MatchResultStore.Stored("CONFIRMED", 8L), again)).isTrue();
        assertThat(ListMatching.keepsDecision(new MatchResultStore.Stored("CONFIRMED", 9L), again)).isFalse();
        assertThat(ListMatching.keepsDecision(new MatchResultStore.Stored("REJECTED", null), again)).isTrue();
        assertThat(ListMatching.keepsDecision(new MatchResultStore.Stored("REJECTED", 7L), again)).isFalse();
        assertThat(ListMatching.keepsDecision(new MatchResultStore.Stored("PENDING", null), again)).isFalse();
        MatchResultStore.Result nobody = new MatchResultStore.Result(1, 1, MatchOutcome.NO_MATCH, null,
                MatchMethod.NONE, 0, "无人", null, "NONE", Instant.now());
        assertThat(ListMatching.keepsDecision(new MatchResultStore.Stored("REJECTED", null), nobody)).isFalse();
    }

    private List<MatchResultStore.Row> rows() {
        return jdbc.sql("SELECT entry_id FROM match_result WHERE list_id = ? ORDER BY entry_id").param(list.listId)
                .query(Long.class).list().stream().map(this::row).toList();
    }

}
