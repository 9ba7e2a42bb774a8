package cn.jiangxin.offering;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 300 sign-ups for a training of 30 seats at once, in threads (H2, or PostgreSQL with {@code -Dtest.db=postgres}):
 * exactly 30 seated, the 6 held seats taken by the 10 leading talents among them, the other 270 waiting in the order
 * they arrived, nobody twice, and 20 sign-ups sent twice with the same key answered with the same sign-up.
 */
@JiangxinTest
class OfferingConcurrencyTest {

    @Autowired Offerings offerings;
    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired Certifications certifications;
    @Autowired Staff staff;
    @Autowired JdbcClient jdbc;

    @Test
    void threeHundredSignUpsForThirtySeatsAtOnce() throws Exception {
        OfferingFixture fx = new OfferingFixture(people, nominations, certifications);
        // a unit of its own: three hundred people would crowd the kit's units for the other tests of this context
        CurrentUser officer = staff.officer("kit-officer-crowd", "测试并发报名单位", "EMPLOYER");
        List<Long> persons = new ArrayList<>();
        Set<Long> leaders = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            long p = fx.leadingTalent(officer, OfferingFixture.name("领军", i));
            leaders.add(p);
            persons.add(p);
        }
        for (int i = 0; i < 290; i++) {
            persons.add(fx.employee(officer, OfferingFixture.name("并发", i)));
        }
        java.util.Collections.shuffle(persons);
        long id = offerings.publish(staff.policy(), OfferingFixture.training("并发报名测试", 30, offerings.today()));
        SignUpRace.run(List.of(new SignUpRace.Node(offerings, officer)), id, persons, 20);
        SignUpRace.check(jdbc, id, 30, 6, leaders, 300);
    }
}
