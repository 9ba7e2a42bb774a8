package cn.jiangxin.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The one conversion of moments between the database and the domain, for every store. Every moment column is a
 * TIMESTAMP WITH TIME ZONE; a moment is written as an {@link OffsetDateTime} at UTC and read back as an
 * {@link OffsetDateTime}, never through {@link java.sql.Timestamp} or {@link java.time.LocalDateTime}, whose meaning
 * would depend on the JVM's default zone. H2 and PostgreSQL then agree on the instant. Dates and times are shown in
 * {@link BeijingTime}, which is for display and for the policy's dates, not for storage.
 */
public final class DbTime {

    private DbTime() {
    }

    /** The value to bind for a moment; null for none. */
    public static OffsetDateTime toDb(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    /** The moment in the column; null when it is NULL. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, OffsetDateTime.class));
    }

    /** The moment in the column (1-based); null when it is NULL. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return instant(rs.getObject(column, OffsetDateTime.class));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
