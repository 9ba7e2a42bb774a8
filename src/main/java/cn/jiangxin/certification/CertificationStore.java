package cn.jiangxin.certification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import cn.jiangxin.policy.SupportPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Explicit SQL for certifications. */
@Repository
class CertificationStore {

    private static final String COLUMNS = """
            SELECT id, person_id, person_name, nomination_id, unit_id, unit_name, training_unit_id, criterion,
                   policy_version, support_start, support_end, verification_code, certified_by, certified_at,
                   (SELECT r.kind FROM certification_revocation r WHERE r.certification_id = certification.id)
                       AS revocation""";
    private static final String FROM = " FROM certification";
    private static final String SELECT = COLUMNS + FROM;
    private static final String NOT_REVOKED =
            "NOT EXISTS (SELECT 1 FROM certification_revocation r WHERE r.certification_id = certification.id)";

    /** What is stored for a new certification; {@code personSeq} is one more than the person's certifications so far. */
    record Row(long personId, int personSeq, long nominationId, long unitId, long trainingUnitId, String personName,
            String unitName, String criterion, String policyVersion, SupportPeriod period, String verificationCode,
            long certifiedBy, Instant certifiedAt) {

        Row withVerificationCode(String code) {
            return new Row(personId, personSeq, nominationId, unitId, trainingUnitId, personName, unitName, criterion,
                    policyVersion, period, code, certifiedBy, certifiedAt);
        }
    }

    private final JdbcClient jdbc;

    CertificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new id, or empty when a unique key is taken (person and sequence, case, or verification code). */
    Optional<Long> insert(Row r) {
        var keys = new GeneratedKeyHolder();
        int n = jdbc.sql("""
                INSERT INTO certification (person_id, person_seq, nomination_id, unit_id, training_unit_id, person_name,
                  unit_name, criterion, policy_version, support_start, support_end, verification_code, certified_by,
                  certified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(r.personId(), r.personSeq(), r.nominationId(), r.unitId(), r.trainingUnitId(), r.personName(),
                        r.unitName(), r.criterion(), r.policyVersion(), r.period().start(), r.period().endExclusive(),
                        r.verificationCode(), r.certifiedBy(), DbTime.toDb(r.certifiedAt()))
                .update(keys, "id");
        return n == 1 ? Optional.of(keys.getKey().longValue()) : Optional.empty();
    }

    boolean seqTaken(long personId, int seq) {
        return jdbc.sql("SELECT COUNT(*) FROM certification WHERE person_id = ? AND person_seq = ?")
                .params(personId, seq).query(Long.class).single() > 0;
    }

    Optional<Certification> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(CertificationStore::map).optional();
    }

    Optional<Certification> byCode(String code) {
        return jdbc.sql(SELECT + " WHERE verification_code = ?").param(code).query(CertificationStore::map).optional();
    }

    Optional<Certification> byNomination(long nominationId) {
        return jdbc.sql(SELECT + " WHERE nomination_id = ?").param(nominationId).query(CertificationStore::map)
                .optional();
    }

    /** The certifications whose support period includes {@code day}, by person; of one nominating unit if given. */
    List<Certification> activeOn(LocalDate day, Long unitId) {
        var query = jdbc.sql(SELECT + " WHERE support_start <= :day AND support_end > :day"
                + " AND NOT EXISTS (SELECT 1 FROM certification_revocation r WHERE r.certification_id = certification.id"
                + " AND r.since < :dayEnd)" + (unitId == null ? "" : " AND unit_id = :unitId") + " ORDER BY person_id, id")
                .param("day", day).param("dayEnd", DbTime.toDb(BeijingTime.startOf(day.plusDays(1))));
        return (unitId == null ? query : query.param("unitId", unitId)).query(CertificationStore::map).list();
    }

    /** A person's certifications, latest first. */
    List<Certification> ofPerson(long personId) {
        return jdbc.sql(SELECT + " WHERE person_id = ? ORDER BY person_seq DESC").param(personId)
                .query(CertificationStore::map).list();
    }

    /** One page of certifications as {@link CertificationListing#SPEC} filters and sorts them on {@code today}. */
    PageOf<Certification> page(ListQuery query, LocalDate today) {
        SqlWhere where = where(query, today);
        return ListPageStore.page(jdbc, query, count(query, today), COLUMNS, FROM, where, CertificationStore::map);
    }

    long count(ListQuery query, LocalDate today) {
        SqlWhere where = where(query, today);
        return ListPageStore.count(jdbc, FROM + where.sql(), where.params());
    }

    /** Every certification the query filters, in its order; the caller closes the stream. */
    Stream<Certification> all(ListQuery query, LocalDate today) {
        SqlWhere where = where(query, today);
        return jdbc.sql(SELECT + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(CertificationStore::map).stream();
    }

    private static SqlWhere where(ListQuery query, LocalDate today) {
        SqlWhere where = new SqlWhere().like(query.search(), "person_name", "unit_name");
        switch (query.text("status")) {
            case "active" -> where.and("support_start <= :today AND support_end > :today AND " + NOT_REVOKED)
                    .bind("today", today);
            case "expired" -> where.and("support_end <= :today AND " + NOT_REVOKED).bind("today", today);
            case "revoked" -> where.and("NOT " + NOT_REVOKED);
            default -> { }
        }
        return where.withinDays("certified_at", query.date("from"), query.date("to"));
    }

    private static Certification map(ResultSet rs, int n) throws SQLException {
        return new Certification(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
                rs.getLong("nomination_id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getLong("training_unit_id"), rs.getString("criterion"), rs.getString("policy_version"),
                rs.getObject("support_start", LocalDate.class), rs.getObject("support_end", LocalDate.class),
                rs.getString("verification_code"), rs.getLong("certified_by"),
                DbTime.instant(rs, "certified_at"), rs.getString("revocation"));
    }
}
