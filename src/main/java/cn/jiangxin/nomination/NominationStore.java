package cn.jiangxin.nomination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.DbTime;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.RetirementCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Explicit SQL for nominations, their achievements and their transitions. */
@Repository
class NominationStore {

    private static final String COLUMNS = """
            id, person_id, unit_id, state, ethnicity, political_status, education, occupation, skill_level,
            accomplishments, unit_opinion, training_unit_id, retirement_category, created_at, submitted_at,
            eligibility_decision_id""";

    private static final List<String> CLOSED = Arrays.stream(NominationState.values()).filter(NominationState::isFinal)
            .map(Enum::name).toList();

    private final JdbcClient jdbc;

    NominationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new draft, holding its person's place among open cases (open_person_id, unique).
     *
     * @throws org.springframework.dao.DuplicateKeyException when the person has an open case already
     */
    long insert(long personId, long unitId, long createdBy, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO nomination (person_id, unit_id, state, ethnicity, political_status, education, occupation,
                  accomplishments, unit_opinion, created_by, created_at, updated_at, open_person_id)
                VALUES (?, ?, 'DRAFT', '', '', '', '', '', '', ?, ?, ?, ?)""")
                .params(personId, unitId, createdBy, DbTime.toDb(at), DbTime.toDb(at), personId).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The person's open case, the oldest if cases were opened twice before one open case per person was the rule. */
    Optional<OpenCase> openCaseOf(long personId) {
        return jdbc.sql("SELECT id, person_id, unit_id, state FROM nomination WHERE person_id = :person"
                        + " AND state NOT IN (:closed) ORDER BY id LIMIT 1")
                .param("person", personId).param("closed", CLOSED).query(NominationStore::openCase).optional();
    }

    /** The open case of each of these people that has one. */
    Map<Long, OpenCase> openCasesOf(Collection<Long> personIds) {
        Map<Long, OpenCase> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT id, person_id, unit_id, state FROM nomination WHERE person_id IN (:people)"
                        + " AND state NOT IN (:closed) ORDER BY id DESC")
                .param("people", personIds).param("closed", CLOSED).query(NominationStore::openCase).list()
                .forEach(c -> out.put(c.personId(), c));
        return out;
    }

    Optional<NominationView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination WHERE id = ?").param(id)
                .query((rs, n) -> map(rs)).optional();
    }

    /** The cases about one person, newest first. */
    List<NominationView> ofPerson(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination WHERE person_id = ? ORDER BY id DESC")
                .param(personId).query((rs, n) -> map(rs)).list();
    }

    /** Cases in the given states, oldest submission first, optionally of one unit. */
    List<NominationView> inStates(java.util.Collection<NominationState> states, Long unitId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination WHERE state IN (:states)"
                + " AND (CAST(:unit AS BIGINT) IS NULL OR unit_id = :unit) ORDER BY submitted_at, id")
                .param("states", states.stream().map(Enum::name).toList()).param("unit", unitId)
                .query((rs, n) -> map(rs)).list();
    }

    void update(long id, NominationDraft d, Instant at) {
        jdbc.sql("""
                UPDATE nomination SET ethnicity = ?, political_status = ?, education = ?, occupation = ?, skill_level = ?,
                  accomplishments = ?, unit_opinion = ?, training_unit_id = ?, retirement_category = ?, updated_at = ?
                WHERE id = ?""")
                .params(d.ethnicity(), d.politicalStatus(), d.education(), d.occupation(),
                        d.skillLevel() == null ? null : d.skillLevel().name(), d.accomplishments(), d.unitOpinion(),
                        d.trainingUnitId(), name(d.retirementCategory()), DbTime.toDb(at), id).update();
        jdbc.sql("DELETE FROM nomination_achievement WHERE nomination_id = ?").param(id).update();
        for (Achievement a : d.achievements()) {
            jdbc.sql("""
                    INSERT INTO nomination_achievement (nomination_id, position, kind, competition, place, honour_code,
                      studio_level, achieved_on, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, a.index(), a.kind().name(), name(a.competition()), a.place(), a.honour(),
                            name(a.studioLevel()), a.achievedOn(), a.description()).update();
        }
    }

    /**
     * Moves the state only if nobody else has moved it meanwhile; false when they have. A case moving into a closed
     * state gives up its person's place among open cases.
     */
    boolean apply(long id, Transition t) {
        int changed = jdbc.sql("UPDATE nomination SET state = ?, updated_at = ?"
                        + (t.to().isFinal() ? ", open_person_id = NULL" : "") + " WHERE id = ? AND state = ?")
                .params(t.to().name(), DbTime.toDb(t.at()), id, t.from().name()).update();
        if (changed == 1 && t.action() == NominationAction.SUBMIT) {
            jdbc.sql("UPDATE nomination SET submitted_at = ? WHERE id = ?").params(DbTime.toDb(t.at()), id).update();
        }
        if (changed == 1) {
            jdbc.sql("""
                    INSERT INTO nomination_transition (nomination_id, from_state, to_state, action, actor_account_id,
                      actor_role, at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, t.from().name(), t.to().name(), t.action().name(), t.actorAccountId(),
                            t.actorRole().name(), DbTime.toDb(t.at()), t.reason()).update();
        }
        return changed == 1;
    }

    private static OpenCase openCase(ResultSet rs, int row) throws SQLException {
        return new OpenCase(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("unit_id"),
                NominationState.valueOf(rs.getString("state")));
    }

    private NominationView map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String level = rs.getString("skill_level");
        var draft = new NominationDraft(rs.getString("ethnicity"), rs.getString("political_status"),
                rs.getString("education"), rs.getString("occupation"), level == null ? null : SkillLevel.valueOf(level),
                achievements(id), rs.getString("accomplishments"), rs.getString("unit_opinion"),
                rs.getObject("training_unit_id", Long.class),
                value(RetirementCategory.class, rs.getString("retirement_category")));
        return new NominationView(id, rs.getLong("person_id"), rs.getLong("unit_id"),
                NominationState.valueOf(rs.getString("state")), draft,
                DbTime.instant(rs, "created_at"),
                DbTime.instant(rs, "submitted_at"), transitions(id), checks(id),
                rs.getObject("eligibility_decision_id", Long.class));
    }

    private Map<Integer, AchievementCheck> checks(long id) {
        Map<Integer, AchievementCheck> out = new HashMap<>();
        jdbc.sql("""
                SELECT position, verification, verification_note, verified_by, verified_at FROM nomination_achievement
                WHERE nomination_id = ? AND verification IS NOT NULL""").param(id)
                .query((rs, n) -> new AchievementCheck(rs.getInt(1),
                        AchievementCheck.Outcome.valueOf(rs.getString(2)), rs.getString(3), rs.getLong(4),
                        DbTime.instant(rs, 5)))
                .list().forEach(c -> out.put(c.index(), c));
        return out;
    }

    /** Records the reviewer's verification of one achievement; false when the case has no such achievement. */
    boolean check(long id, AchievementCheck c) {
        return jdbc.sql("""
                UPDATE nomination_achievement SET verification = ?, verification_note = ?, verified_by = ?, verified_at = ?
                WHERE nomination_id = ? AND position = ?""")
                .params(c.outcome().name(), c.note(), c.checkedBy(), DbTime.toDb(c.checkedAt()), id, c.index()).update() == 1;
    }

    void recordDecision(long id, long decisionId) {
        jdbc.sql("UPDATE nomination SET eligibility_decision_id = ? WHERE id = ?").params(decisionId, id).update();
    }

    private List<Achievement> achievements(long id) {
        return jdbc.sql("""
                SELECT position, kind, competition, place, honour_code, studio_level, achieved_on, description
                FROM nomination_achievement WHERE nomination_id = ? ORDER BY position""").param(id)
                .query((rs, n) -> new Achievement(rs.getInt(1), Achievement.Kind.valueOf(rs.getString(2)),
                        value(Competition.class, rs.getString(3)), (Integer) rs.getObject(4, Integer.class),
                        rs.getString(5), value(Achievement.Level.class, rs.getString(6)),
                        rs.getObject(7, java.time.LocalDate.class), rs.getString(8)))
                .list();
    }

    private List<Transition> transitions(long id) {
        return jdbc.sql("""
                SELECT from_state, to_state, action, actor_account_id, actor_role, at, reason
                FROM nomination_transition WHERE nomination_id = ? ORDER BY id""").param(id)
                .query((rs, n) -> new Transition(NominationState.valueOf(rs.getString(1)),
                        NominationState.valueOf(rs.getString(2)), NominationAction.valueOf(rs.getString(3)),
                        rs.getLong(4), Role.valueOf(rs.getString(5)),
                        DbTime.instant(rs, 6), rs.getString(7)))
                .list();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

}
