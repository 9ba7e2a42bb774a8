package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** DbTime against the test database (H2, or PostgreSQL with -Dtest.db=postgres): the instant survives the trip. */
@SpringBootTest
@AutoConfigureMockMvc
class DbTimeTest {

    @Autowired JdbcClient jdbc;

    private Instant roundTrip(Instant at) {
        return jdbc.sql("SELECT CAST(? AS TIMESTAMP WITH TIME ZONE) AS at").param(DbTime.toDb(at))
                .query((rs, n) -> DbTime.instant(rs, "at")).single();
    }

    @Test
    void aMomentComesBackAsTheSameInstant() {
        Instant at = Instant.parse("2026-01-31T16:30:00.123456Z"); // 2026-02-01 00:30 in Beijing
        assertThat(roundTrip(at)).isEqualTo(at);
        assertThat(BeijingTime.date(roundTrip(at))).isEqualTo("2026-02-01");
    }

    @Test
    void nullStaysNull() {
        assertThat(DbTime.toDb(null)).isNull();
        assertThat(jdbc.sql("SELECT CAST(NULL AS TIMESTAMP WITH TIME ZONE)")
                .query((rs, n) -> Optional.ofNullable(DbTime.instant(rs, 1))).single()).isEmpty();
    }

    @Test
    void aValueWrittenWithAnotherOffsetIsReadAsItsInstant() {
        Instant read = jdbc.sql("SELECT CAST('2026-05-01 08:00:00+08:00' AS TIMESTAMP WITH TIME ZONE)")
                .query((rs, n) -> DbTime.instant(rs, 1)).single();
        assertThat(read).isEqualTo(LocalDateTime.of(2026, 5, 1, 0, 0).toInstant(java.time.ZoneOffset.UTC));
    }
}
