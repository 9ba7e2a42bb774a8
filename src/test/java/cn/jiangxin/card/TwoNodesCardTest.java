package cn.jiangxin.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangxin.benefit.VenueServices;
import cn.jiangxin.certification.Certification;
import cn.jiangxin.certification.CertificationRevocations;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.certification.RevocationKind;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TwoNodes;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two nodes on one database ({@link TwoNodes}; PostgreSQL with {@code -Dtest.db=postgres}) with the demo data: both
 * sign with one key even when they make the first one at the same moment; a token of one verifies on the other;
 * 50 redemptions spread over both record once; a revocation on one node is refused by the other at once.
 */
class TwoNodesCardTest extends TwoNodes {

    @Test
    void twoNodesShareOneKeyOneUseAndTheRevocationList() throws Exception {
        // both nodes make the first key at once: one wins, all sign with it
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CyclicBarrier start = new CyclicBarrier(10);
        List<Future<String>> kids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            CardKeys keys = contexts.get(i % 2).getBean(CardKeys.class);
            kids.add(pool.submit(() -> {
                start.await();
                return keys.active().kid();
            }));
        }
        List<String> seen = new ArrayList<>();
        for (Future<String> kid : kids) {
            seen.add(kid.get());
        }
        pool.shutdown();
        assertThat(seen.stream().distinct()).hasSize(1);
        assertThat(contexts.get(0).getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM card_signing_key")
                .query(Long.class).single()).isEqualTo(1);

        ConfigurableApplicationContext a = contexts.get(0);
        ConfigurableApplicationContext b = contexts.get(1);
        CurrentUser talent = a.getBean(DemoLogins.class).as(DemoLogins.TALENT, u -> u);
        Certification c = a.getBean(Certifications.class).activeOn(talent.personId(),
                a.getBean(Certifications.class).today()).orElseThrow();
        String token = a.getBean(CardIssuer.class).issue(c).token();
        String tokenOfB = b.getBean(CardIssuer.class).issue(c).token();
        assertThat(CardToken.parse(tokenOfB).orElseThrow().kid()).isEqualTo(seen.get(0));
        assertThat(b.getBean(CardVerifications.class).verify(token).valid()).isTrue();
        assertThat(a.getBean(CardVerifications.class).verify(tokenOfB).valid()).isTrue();

        CurrentUser venue = a.getBean(DemoLogins.class).as("provider", u -> u);
        Staff staff = new Staff(a.getBean(AccountRegistry.class), a.getBean(UserDetailsService.class), a.getBean(Units.class));
        VenueServices venues = a.getBean(VenueServices.class);
        venues.set(staff.admin(), venue.accountId(), venues.all());
        List<CardRedemptions> nodes = List.of(a.getBean(CardRedemptions.class), b.getBean(CardRedemptions.class));
        CardRace.oneScanIdRecordsOnce(nodes, venue, token, "CINEMA");
        CardRace.theQuotaIsNeverExceeded(nodes, venue, tokenOfB, "HOLIDAY_CARE", 2);

        // a booking of a service without bookingRequired: of 50 scans over both nodes exactly one redeems the booking,
        // the others count as walk-ins up to the quota and no further
        var today = a.getBean(cn.jiangxin.benefit.Entitlements.class).today();
        var hold = a.getBean(cn.jiangxin.benefit.ServiceHolds.class).hold(talent.personId(), "CINEMA", today,
                venue.accountId(), "BOOKING:two-nodes-" + java.util.UUID.randomUUID());
        List<String> answers = CardRace.race(nodes, venue, n -> n % 2 == 0 ? token : tokenOfB, "CINEMA",
                n -> java.util.UUID.randomUUID().toString());
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_redemption WHERE hold_key = ?").param(hold.key())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT used FROM entitlement_usage WHERE entitlement_id = ? AND support_year = ?")
                .params(hold.entitlementId(), hold.supportYear()).query(Integer.class).single())
                .isEqualTo(hold.quotaPerYear());
        assertThat(answers.stream().filter(x -> x.startsWith("use ")).count() + hold.usedInYear())
                .isEqualTo(hold.quotaPerYear() + 1);

        a.getBean(CertificationRevocations.class).revoke(staff.approver(), c.id(), RevocationKind.REVOKED, "两节点测试");
        assertThat(b.getBean(CardVerifications.class).verify(token).refusal()).isEqualTo(CardRefusal.REVOKED);
        assertThat(b.getBean(CertificationRevocations.class).list()).anyMatch(r -> r.certificateNo().equals(c.certificateNo()));
    }
}
