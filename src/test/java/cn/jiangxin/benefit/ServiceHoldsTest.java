package cn.jiangxin.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JiangxinTest
class ServiceHoldsTest {

    @Autowired EntitlementGrants grants;
    @Autowired Entitlements entitlements;
    @Autowired ServiceHolds holds;
    @Autowired People people;
    @Autowired Units units;

    static final LocalDate START = LocalDate.of(2026, 5, 1);

    long certified(String name) {
        long person = BenefitFixture.newPerson(people, units, name);
        grants.grant(BenefitFixture.certified(person, START));
        return person;
    }

    int used(long person, String code, LocalDate on) {
        return entitlements.ofPerson(person, on).stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow()
                .usedThisYear();
    }

    @Test
    void aHoldCountsAtOnceOncePerKeyAndComesBackToItsOwnYearWhenReleased() {
        long person = certified("预留甲");
        String key = "BOOKING:" + person + "-1";
        ServiceHold first = holds.hold(person, "HOLIDAY_CARE", LocalDate.of(2027, 4, 30), null, key);
        assertThat(first.supportYear()).isEqualTo(1);
        assertThat(first.usedInYear()).isEqualTo(1);
        assertThat(holds.hold(person, "HOLIDAY_CARE", LocalDate.of(2027, 4, 30), null, key).id()).isEqualTo(first.id());
        assertThat(used(person, "HOLIDAY_CARE", LocalDate.of(2027, 4, 30))).isEqualTo(1);

        ServiceHold nextYear = holds.hold(person, "HOLIDAY_CARE", LocalDate.of(2027, 5, 1), null, "BOOKING:" + person + "-2");
        assertThat(nextYear.supportYear()).isEqualTo(2);
        assertThat(used(person, "HOLIDAY_CARE", LocalDate.of(2027, 5, 1))).isEqualTo(1);

        assertThat(holds.release(key)).isTrue();
        assertThat(holds.release(key)).isFalse();
        assertThat(used(person, "HOLIDAY_CARE", LocalDate.of(2027, 4, 30))).isZero();
        assertThat(used(person, "HOLIDAY_CARE", LocalDate.of(2027, 5, 1))).isEqualTo(1);
        assertThat(holds.find(key).orElseThrow().state()).isEqualTo(ServiceHold.State.RELEASED);
    }

    @Test
    void aUsedHoldKeepsItsCountAndCannotBeReleased() {
        long person = certified("预留乙");
        String key = "CARE:" + person;
        holds.hold(person, "HEALTH_CHECKUP", START, null, key);
        assertThat(holds.use(key)).isTrue();
        assertThat(holds.use(key)).isFalse();
        assertThat(holds.release(key)).isFalse();
        assertThat(used(person, "HEALTH_CHECKUP", START)).isEqualTo(1);
        assertThat(holds.unuse(key)).isTrue();
        assertThat(holds.find(key).orElseThrow().state()).isEqualTo(ServiceHold.State.HELD);
    }

    @Test
    void aHoldIsRefusedWithTheReasonOutsideThePeriodOrBeyondTheQuotaAndWritesNothing() {
        long person = certified("预留丙");
        holds.hold(person, "HEALTH_CHECKUP", START, null, "BOOKING:" + person + "-a");
        assertThatThrownBy(() -> holds.hold(person, "HEALTH_CHECKUP", START.plusDays(3), null, "BOOKING:" + person + "-b"))
                .isInstanceOfSatisfying(RedemptionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(RedemptionRefused.Reason.QUOTA_EXHAUSTED))
                .hasMessageContaining("“体检”本支持年度（2026年5月1日至2027年4月30日）的1次已全部使用");
        assertThat(holds.find("BOOKING:" + person + "-b")).isEmpty();
        assertThatThrownBy(() -> holds.hold(person, "PARK_VISIT", START.plusYears(2), null, "BOOKING:" + person + "-c"))
                .isInstanceOfSatisfying(RedemptionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(RedemptionRefused.Reason.NOT_ENTITLED))
                .hasMessageContaining("支持期已结束");
        assertThatThrownBy(() -> holds.hold(person, "PARK_VISIT", START.minusDays(1), null, "BOOKING:" + person + "-d"))
                .hasMessageContaining("目前尚未生效");
        assertThatThrownBy(() -> holds.hold(person, "PARK_VISIT", START, null, "not a key"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void racingHoldsNeverExceedTheQuota() throws Exception {
        long person = certified("预留丁");
        int threads = 16;
        CyclicBarrier barrier = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String key = "BOOKING:" + person + "-r" + (i % 8);
            results.add(pool.submit(() -> {
                barrier.await();
                try {
                    holds.hold(person, "HOLIDAY_CARE", START, null, key);
                    return true;
                } catch (RedemptionRefused e) {
                    return false;
                }
            }));
        }
        long held = 0;
        for (Future<Boolean> r : results) {
            held += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(used(person, "HOLIDAY_CARE", START)).isEqualTo(2);
        assertThat(held).isGreaterThanOrEqualTo(2);
    }
}
