package cn.jiangxin.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
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

/** Explicit SQL for candidates ({@code invitation_candidate}) and invitations ({@code invitation}). */
@Repository
class CandidateStore {

    private static final String EVALUATED = "'CANDIDATE', 'NOT_ELIGIBLE', 'ALREADY_CERTIFIED', 'NOT_EVALUATED'";
    private static final String CANDIDATE = """
            SELECT c.id, c.entry_id, c.list_id, c.person_id, c.person_name, c.unit_id, c.unit_name, c.competition,
                   c.place, c.achieved_on, c.achievement, c.status, c.rule, c.reason, c.policy_version, c.evaluated_at,
                   c.dismiss_reason, i.id AS invitation_id, i.nomination_id, i.decline_reason""";
    private static final String CANDIDATE_FROM = " FROM invitation_candidate c LEFT JOIN invitation i ON i.candidate_id = c.id";
    private static final String INVITATION = """
            SELECT i.id, i.candidate_id, c.entry_id, i.list_id, i.person_id, c.person_name, i.unit_id, c.unit_name,
                   c.competition, c.honour, c.studio_level, c.place, c.achieved_on, c.achievement, c.reason, i.state,
                   i.invited_at,
                   i.nomination_id, i.decline_reason""";
    private static final String INVITATION_FROM = " FROM invitation i JOIN invitation_candidate c ON c.id = i.candidate_id";

    /** What an evaluation writes about an entry. */
    record Evaluated(long entryId, long listId, long personId, String personName, long unitId, String unitName,
            Integer place, LocalDate achievedOn, String achievement, Verdict verdict) {
    }

    private final JdbcClient jdbc;

    CandidateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the evaluation of an entry: a new row, or the entry's row updated while its status is still an
     * evaluation's (once invited or dismissed, what staff and the unit did stands). False when nothing was written.
     */
    boolean keep(Evaluated e, Instant at) {
        Verdict v = e.verdict();
        String competition = v.competition() == null ? null : v.competition().name();
        int updated = jdbc.sql("UPDATE invitation_candidate SET list_id = ?, person_id = ?, person_name = ?, unit_id = ?,"
                        + " unit_name = ?, competition = ?, honour = ?, studio_level = ?, place = ?, achieved_on = ?,"
                        + " achievement = ?, status = ?,"
                        + " rule = ?, reason = ?, policy_version = ?, evaluated_at = ?, updated_at = ?"
                        + " WHERE entry_id = ? AND status IN (" + EVALUATED + ")")
                .params(e.listId(), e.personId(), e.personName(), e.unitId(), e.unitName(), competition, v.honour(),
                        v.studioLevel(), e.place(),
                        e.achievedOn(), e.achievement(), v.status().name(), v.rule(), v.reason(), v.policyVersion(),
                        DbTime.toDb(at), DbTime.toDb(at), e.entryId())
                .update();
        if (updated > 0) {
            return true;
        }
        return jdbc.sql("""
                INSERT INTO invitation_candidate (entry_id, list_id, person_id, person_name, unit_id, unit_name,
                  competition, honour, studio_level, place, achieved_on, achievement, status, rule, reason,
                  policy_version, evaluated_at, created_at, updated_at)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM unit WHERE id = ?
                  AND NOT EXISTS (SELECT 1 FROM invitation_candidate WHERE entry_id = ?)""")
                .params(e.entryId(), e.listId(), e.personId(), e.personName(), e.unitId(), e.unitName(), competition,
                        v.honour(), v.studioLevel(), e.place(), e.achievedOn(), e.achievement(), v.status().name(), v.rule(), v.reason(),
                        v.policyVersion(), DbTime.toDb(at), DbTime.toDb(at), DbTime.toDb(at), e.unitId(), e.entryId())
                .update() == 1;
    }

    Optional<CandidateRow> candidate(long id) {
        return jdbc.sql(CANDIDATE + CANDIDATE_FROM + " WHERE c.id = ?").param(id).query(CandidateStore::candidate)
                .optional();
    }

    Optional<CandidateRow> candidateOfEntry(long entryId) {
        return jdbc.sql(CANDIDATE + CANDIDATE_FROM + " WHERE c.entry_id = ?").param(entryId)
                .query(CandidateStore::candidate).optional();
    }

    PageOf<CandidateRow> page(long listId, ListQuery query) {
        SqlWhere where = where(listId, query);
        return ListPageStore.page(jdbc, query, count(listId, query), CANDIDATE, CANDIDATE_FROM, where,
                CandidateStore::candidate);
    }

    long count(long listId, ListQuery query) {
        SqlWhere where = where(listId, query);
        return ListPageStore.count(jdbc, CANDIDATE_FROM.strip() + where.sql(), where.params());
    }

    Stream<CandidateRow> all(long listId, ListQuery query) {
        SqlWhere where = where(listId, query);
        return jdbc.sql(CANDIDATE + CANDIDATE_FROM + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(CandidateStore::candidate).stream();
    }

    private static SqlWhere where(long listId, ListQuery query) {
        SqlWhere where = new SqlWhere().and("c.list_id = :list").bind("list", listId)
                .like(query.search(), "c.person_name", "c.unit_name");
        where.and("c.status = :status", "status", query.text("status"));
        query.id("unit").ifPresent(u -> where.and("c.unit_id = :unitId").bind("unitId", u));
        return where;
    }

    /** How many of a list's candidates stand at each status. */
    Map<CandidateStatus, Long> statusCounts(long listId) {
        Map<CandidateStatus, Long> counts = new EnumMap<>(CandidateStatus.class);
        for (CandidateStatus s : CandidateStatus.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM invitation_candidate WHERE list_id = ? GROUP BY status")
                .param(listId).query(rs -> {
                    counts.put(CandidateStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    /** CANDIDATE → INVITED; false when it is not (any more) a candidate: another request invited it. */
    boolean markInvited(long candidateId, long listId, Instant at) {
        return jdbc.sql("UPDATE invitation_candidate SET status = 'INVITED', updated_at = ?"
                        + " WHERE id = ? AND list_id = ? AND status = 'CANDIDATE'")
                .params(DbTime.toDb(at), candidateId, listId).update() == 1;
    }

    long insertInvitation(CandidateRow c, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO invitation (candidate_id, list_id, person_id, unit_id, state, invited_by, invited_at)
                VALUES (?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(c.id(), c.listId(), c.personId(), c.unitId(), by, DbTime.toDb(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean dismiss(long candidateId, long listId, String reason, long by, Instant at) {
        return jdbc.sql("""
                UPDATE invitation_candidate SET status = 'DISMISSED', dismiss_reason = ?, dismissed_by = ?,
                  dismissed_at = ?, updated_at = ? WHERE id = ? AND list_id = ? AND status = 'CANDIDATE'""")
                .params(reason, by, DbTime.toDb(at), DbTime.toDb(at), candidateId, listId).update() == 1;
    }

    Optional<InvitationRow> invitation(long id) {
        return jdbc.sql(INVITATION + INVITATION_FROM + " WHERE i.id = ?").param(id).query(CandidateStore::invitation)
                .optional();
    }

    /** The invitation, its row locked until the transaction ends: it is answered one request at a time. */
    Optional<InvitationRow> lockInvitation(long id) {
        jdbc.sql("SELECT id FROM invitation WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
        return invitation(id);
    }

    void markAccepted(InvitationRow i, long nominationId, long by, Instant at) {
        jdbc.sql("""
                UPDATE invitation SET state = 'ACCEPTED', nomination_id = ?, decided_by = ?, decided_at = ?
                WHERE id = ? AND state = 'OPEN'""").params(nominationId, by, DbTime.toDb(at), i.id()).update();
        setStatus(i.candidateId(), "INVITED", "NOMINATED", at);
    }

    boolean markDeclined(InvitationRow i, String reason, long by, Instant at) {
        boolean declined = jdbc.sql("""
                UPDATE invitation SET state = 'DECLINED', decline_reason = ?, decided_by = ?, decided_at = ?
                WHERE id = ? AND state = 'OPEN'""").params(reason, by, DbTime.toDb(at), i.id()).update() == 1;
        if (declined) {
            setStatus(i.candidateId(), "INVITED", "DECLINED", at);
        }
        return declined;
    }

    private void setStatus(long candidateId, String from, String to, Instant at) {
        jdbc.sql("UPDATE invitation_candidate SET status = ?, updated_at = ? WHERE id = ? AND status = ?")
                .params(to, DbTime.toDb(at), candidateId, from).update();
    }

    /** The candidates nominated in this case are certified; answers how many. */
    int markCertified(long nominationId, Instant at) {
        return jdbc.sql("""
                UPDATE invitation_candidate SET status = 'CERTIFIED', updated_at = ? WHERE status = 'NOMINATED'
                  AND id IN (SELECT candidate_id FROM invitation WHERE nomination_id = ?)""")
                .params(DbTime.toDb(at), nominationId).update();
    }

    /** A person certified meanwhile is no longer a candidate of any list. */
    int markAlreadyCertified(long personId, String reason, Instant at) {
        return jdbc.sql("""
                UPDATE invitation_candidate SET status = 'ALREADY_CERTIFIED', rule = NULL, reason = ?, updated_at = ?
                WHERE person_id = ? AND status = 'CANDIDATE'""").params(reason, DbTime.toDb(at), personId).update();
    }

    PageOf<InvitationRow> invitations(long unitId, ListQuery query) {
        SqlWhere where = invitationsWhere(unitId, query);
        return ListPageStore.page(jdbc, query, countInvitations(unitId, query), INVITATION, INVITATION_FROM, where,
                CandidateStore::invitation);
    }

    long countInvitations(long unitId, ListQuery query) {
        SqlWhere where = invitationsWhere(unitId, query);
        return ListPageStore.count(jdbc, INVITATION_FROM.strip() + where.sql(), where.params());
    }

    Stream<InvitationRow> allInvitations(long unitId, ListQuery query) {
        SqlWhere where = invitationsWhere(unitId, query);
        return jdbc.sql(INVITATION + INVITATION_FROM + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(CandidateStore::invitation).stream();
    }

    private static SqlWhere invitationsWhere(long unitId, ListQuery query) {
        SqlWhere where = new SqlWhere().and("i.unit_id = :unit").bind("unit", unitId)
                .like(query.search(), "c.person_name", "c.achievement");
        where.and("i.state = :state", "state", query.text("state"));
        return where;
    }

    private static CandidateRow candidate(ResultSet rs, int n) throws SQLException {
        return new CandidateRow(rs.getLong("id"), rs.getLong("entry_id"), rs.getLong("list_id"),
                rs.getLong("person_id"), rs.getString("person_name"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("competition"), rs.getObject("place", Integer.class),
                rs.getObject("achieved_on", LocalDate.class), rs.getString("achievement"),
                CandidateStatus.valueOf(rs.getString("status")), rs.getString("rule"), rs.getString("reason"),
                rs.getString("policy_version"), DbTime.instant(rs, "evaluated_at"), rs.getString("dismiss_reason"),
                rs.getObject("invitation_id", Long.class), rs.getObject("nomination_id", Long.class),
                rs.getString("decline_reason"));
    }

    private static InvitationRow invitation(ResultSet rs, int n) throws SQLException {
        return new InvitationRow(rs.getLong("id"), rs.getLong("candidate_id"), rs.getLong("entry_id"),
                rs.getLong("list_id"), rs.getLong("person_id"), rs.getString("person_name"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("competition"), rs.getString("honour"),
                rs.getString("studio_level"), rs.getObject("place", Integer.class),
                rs.getObject("achieved_on", LocalDate.class), rs.getString("achievement"), rs.getString("reason"),
                InvitationRow.State.valueOf(rs.getString("state")), DbTime.instant(rs, "invited_at"),
                rs.getObject("nomination_id", Long.class), rs.getString("decline_reason"));
    }
}
