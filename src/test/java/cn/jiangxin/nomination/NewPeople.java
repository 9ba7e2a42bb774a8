package cn.jiangxin.nomination;

import java.time.LocalDate;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.TestPeople;

/**
 * People a test registers in an officer's unit, born 1985 to 1998 with an ID number nobody has yet: a person has one
 * open case at a time, so a test that opens cases of its own needs people of its own.
 */
final class NewPeople {

    private NewPeople() {
    }

    static long register(People people, CurrentUser officer, String name, Sex sex) {
        return TestPeople.register(people, officer, name, sex, LocalDate.of(1985, 1, 1), 5000);
    }
}
