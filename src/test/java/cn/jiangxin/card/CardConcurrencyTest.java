package cn.jiangxin.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Exactly once under races on one node: one scan id records one use; a quota of one is used once. */
@JiangxinTest
@MovableClock
class CardConcurrencyTest {

    @Autowired ApplicationContext context;
    @Autowired CardRedemptions redemptions;
    @Autowired JdbcClient jdbc;

    @Test
    void fiftyRequestsWithOneScanIdRecordOneUse() throws Exception {
        CardFixture fixture = new CardFixture(context);
        var venue = fixture.venueOfferingAll();
        var t = fixture.certified();
        CardRace.oneScanIdRecordsOnce(List.of(redemptions), venue, fixture.token(t), "CINEMA");
        assertThat(uses(t.certification().id(), "CINEMA")).isEqualTo(1);
    }

    @Test
    void fiftyScansAgainstAQuotaOfTwoRecordTwoUses() throws Exception {
        CardFixture fixture = new CardFixture(context);
        var venue = fixture.venueOfferingAll();
        var t = fixture.certified();
        CardRace.theQuotaIsNeverExceeded(List.of(redemptions), venue, fixture.token(t), "HOLIDAY_CARE", 2);
        assertThat(uses(t.certification().id(), "HOLIDAY_CARE")).isEqualTo(2);
    }

    long uses(long certificationId, String code) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM service_redemption r JOIN entitlement e ON e.id = r.entitlement_id
                WHERE e.certification_id = ? AND e.code = ?""").params(certificationId, code).query(Long.class).single();
    }
}
