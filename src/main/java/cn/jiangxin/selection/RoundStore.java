package cn.jiangxin.selection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Explicit SQL for selection rounds and their candidates. */
@Repository
class RoundStore {

    private static final String ROUND = """
            SELECT r.id, r.purpose, r.title, r.round_year, r.places, r.min_skill_level, r.trades, r.max_age,
                   r.min_service_years, r.proposals_open, r.proposals_close, r.proposals_ended_at, r.decide_on,
                   r.ranking_rule, r.policy_version, r.created_at""";
    private static final String CANDIDATE = """
            SELECT id, round_id, person_id, unit_id, person_name, unit_name, source, listed_reason, trade, skill_level,
                   service_years, proposal, evidence_name, listed_at, moved_to, move_reason, moved_at, decision,
                   decision_reason, decided_at, result, result_on
            FROM selection_candidate""";

    /** A round on the list, with how many are listed, recommended and still waiting for a decision. */
    record Row(Round round, long candidates, long recommended, long undecided) {
    }

    /** A new candidate row. */
    record NewCandidate(long roundId, long personId, long unitId, String personName, String unitName,
            Candidate.Source source, String listedReason, String trade, String skillLevel, Integer serviceYears,
            String proposal, Long listedBy, Instant listedAt) {
    }

    private final JdbcClient jdbc;

    RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewRound r, List<String> tiers, String policyVersion, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO selection_round (purpose, title, round_year, places, min_skill_level, trades, max_age,
                  min_service_years, proposals_open, proposals_close, decide_on, ranking_rule, policy_version,
                  created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.purpose(), r.title(), r.year(), r.places(), r.conditions().minSkillLevel(),
                        r.conditions().tradesText(), r.conditions().maxAge(), r.conditions().minServiceYears(),
                        r.proposalsOpen(), r.proposalsClose(), r.decideOn(), String.join(",", tiers), policyVersion,
                        by, DbTime.toDb(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean anyRound() {
        return jdbc.sql("SELECT COUNT(*) FROM selection_round").query(Long.class).single() > 0;
    }

    Optional<Round> find(long id) {
        return jdbc.sql(ROUND + " FROM selection_round r WHERE r.id = ?").param(id).query(RoundStore::round)
                .optional();
    }

    /** The round, its row locked until the transaction ends: decisions on its places are made one at a time. */
    Optional<Round> lock(long id) {
        return jdbc.sql(ROUND + " FROM selection_round r WHERE r.id = ? FOR UPDATE").param(id)
                .query(RoundStore::round).optional();
    }

    /** Ends the window early; false when it had already ended. */
    boolean endProposals(long id, Instant at) {
        return jdbc.sql("UPDATE selection_round SET proposals_ended_at = ? WHERE id = ? AND proposals_ended_at IS NULL")
                .params(DbTime.toDb(at), id).update() == 1;
    }

    PageOf<Row> page(ListQuery query, LocalDate today) {
        SqlWhere where = where(query, today);
        return ListPageStore.page(jdbc, query, count(query, today), ROUND + COUNTS, " FROM selection_round r", where,
                RoundStore::row);
    }

    long count(ListQuery query, LocalDate today) {
        SqlWhere where = where(query, today);
        return ListPageStore.count(jdbc, "FROM selection_round r" + where.sql(), where.params());
    }

    Stream<Row> all(ListQuery query, LocalDate today) {
        SqlWhere where = where(query, today);
        return jdbc.sql(ROUND + COUNTS + " FROM selection_round r" + where.sql() + ListSql.orderBy(query))
                .params(where.params()).withFetchSize(ListSql.FETCH_SIZE).query(RoundStore::row).stream();
    }

    private static final String COUNTS = """
            , (SELECT COUNT(*) FROM selection_candidate c WHERE c.round_id = r.id) AS candidates,
              (SELECT COUNT(*) FROM selection_candidate c WHERE c.round_id = r.id AND c.decision = 'RECOMMENDED')
                AS recommended,
              (SELECT COUNT(*) FROM selection_candidate c WHERE c.round_id = r.id AND c.decision IS NULL) AS undecided""";

    private static SqlWhere where(ListQuery query, LocalDate today) {
        SqlWhere where = new SqlWhere().like(query.search(), "r.title");
        switch (query.text("stage")) {
            case "UPCOMING" -> where.and("r.proposals_ended_at IS NULL AND r.proposals_open > :today").bind("today", today);
            case "PROPOSING" -> where.and("r.proposals_ended_at IS NULL AND r.proposals_open <= :today"
                    + " AND r.proposals_close >= :today").bind("today", today);
            case "DECIDING" -> where.and("(r.proposals_ended_at IS NOT NULL OR r.proposals_close < :today)")
                    .bind("today", today);
            default -> { }
        }
        if ("yes".equals(query.text("undecided"))) {
            where.and("EXISTS (SELECT 1 FROM selection_candidate c WHERE c.round_id = r.id AND c.decision IS NULL)");
        }
        return where;
    }

    /** Inserts the candidate unless the person is already on the round's list; the new id, or empty. */
    Optional<Long> insert(NewCandidate c) {
        var keys = new GeneratedKeyHolder();
        int n = jdbc.sql("""
                INSERT INTO selection_candidate (round_id, person_id, unit_id, person_name, unit_name, source,
                  listed_reason, trade, skill_level, service_years, proposal, listed_by, listed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(c.roundId(), c.personId(), c.unitId(), c.personName(), c.unitName(), c.source().name(),
                        c.listedReason(), c.trade(), c.skillLevel(), c.serviceYears(), c.proposal(), c.listedBy(),
                        DbTime.toDb(c.listedAt()))
                .update(keys, "id");
        return n == 1 ? Optional.of(keys.getKey().longValue()) : Optional.empty();
    }

    boolean listed(long roundId, long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM selection_candidate WHERE round_id = ? AND person_id = ?")
                .params(roundId, personId).query(Long.class).single() > 0;
    }

    void attachEvidence(long candidateId, String name, String storedName, String contentType) {
        jdbc.sql("UPDATE selection_candidate SET evidence_name = ?, evidence_stored = ?, evidence_type = ? WHERE id = ?")
                .params(name, storedName, contentType, candidateId).update();
    }

    Optional<String[]> evidence(long candidateId) {
        return jdbc.sql("SELECT evidence_name, evidence_stored, evidence_type FROM selection_candidate"
                + " WHERE id = ? AND evidence_stored IS NOT NULL").param(candidateId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).optional();
    }

    List<Candidate> candidates(long roundId) {
        return jdbc.sql(CANDIDATE + " WHERE round_id = ? ORDER BY id").param(roundId).query(RoundStore::candidate)
                .list();
    }

    List<Candidate> ofPerson(long personId) {
        return jdbc.sql(CANDIDATE + " WHERE person_id = ? ORDER BY id DESC").param(personId)
                .query(RoundStore::candidate).list();
    }

    Optional<Candidate> candidate(long id) {
        return jdbc.sql(CANDIDATE + " WHERE id = ?").param(id).query(RoundStore::candidate).optional();
    }

    void move(long id, int position, String reason, Instant at) {
        jdbc.sql("UPDATE selection_candidate SET moved_to = ?, move_reason = ?, moved_at = ? WHERE id = ?")
                .params(position, reason, DbTime.toDb(at), id).update();
    }

    long recommended(long roundId) {
        return jdbc.sql("SELECT COUNT(*) FROM selection_candidate WHERE round_id = ? AND decision = 'RECOMMENDED'")
                .param(roundId).query(Long.class).single();
    }

    /** Records the decision unless one is recorded already; whether this call recorded it. */
    boolean decide(long id, Candidate.Decision decision, String reason, long by, Instant at) {
        return jdbc.sql("""
                UPDATE selection_candidate SET decision = ?, decision_reason = ?, decided_by = ?, decided_at = ?
                WHERE id = ? AND decision IS NULL""")
                .params(decision.name(), reason, by, DbTime.toDb(at), id).update() == 1;
    }

    /** Records the result of a recommended candidate unless one is recorded already; whether this call did. */
    boolean recordResult(long id, Candidate.Result result, LocalDate on, long by, Instant at) {
        return jdbc.sql("""
                UPDATE selection_candidate SET result = ?, result_on = ?, result_by = ?, result_at = ?
                WHERE id = ? AND result IS NULL AND decision = 'RECOMMENDED'""")
                .params(result.name(), on, by, DbTime.toDb(at), id).update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(round(rs, n), rs.getLong("candidates"), rs.getLong("recommended"), rs.getLong("undecided"));
    }

    private static Round round(ResultSet rs, int n) throws SQLException {
        return new Round(rs.getLong("id"), rs.getString("purpose"), rs.getString("title"), rs.getInt("round_year"),
                rs.getInt("places"), new RoundConditions(rs.getString("min_skill_level"),
                        RoundConditions.tradesOf(rs.getString("trades")), (Integer) rs.getObject("max_age", Integer.class),
                        rs.getObject("min_service_years", Integer.class)),
                rs.getObject("proposals_open", LocalDate.class), rs.getObject("proposals_close", LocalDate.class),
                DbTime.instant(rs, "proposals_ended_at"), rs.getObject("decide_on", LocalDate.class),
                List.of(rs.getString("ranking_rule").split(",")), rs.getString("policy_version"),
                DbTime.instant(rs, "created_at"));
    }

    private static Candidate candidate(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        String result = rs.getString("result");
        return new Candidate(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("person_id"), rs.getLong("unit_id"),
                rs.getString("person_name"), rs.getString("unit_name"),
                Candidate.Source.valueOf(rs.getString("source")), rs.getString("listed_reason"),
                rs.getString("trade"), rs.getString("skill_level"), rs.getObject("service_years", Integer.class),
                rs.getString("proposal"), rs.getString("evidence_name"), DbTime.instant(rs, "listed_at"),
                rs.getObject("moved_to", Integer.class), rs.getString("move_reason"), DbTime.instant(rs, "moved_at"),
                decision == null ? null : Candidate.Decision.valueOf(decision), rs.getString("decision_reason"),
                DbTime.instant(rs, "decided_at"), result == null ? null : Candidate.Result.valueOf(result),
                rs.getObject("result_on", LocalDate.class));
    }
}
