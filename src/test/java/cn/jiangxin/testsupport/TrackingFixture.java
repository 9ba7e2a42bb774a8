package cn.jiangxin.testsupport;

import java.time.LocalDate;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;

/** New people of the officer's unit (so no earlier test has opened their account) and cases ready to submit. */
public final class TrackingFixture {

    private final People people;
    private final Cases cases;

    public TrackingFixture(People people, Cases cases) {
        this.people = people;
        this.cases = cases;
    }

    /** A man nobody has registered yet, in the officer's unit (odd sequence: no retirement category to choose). */
    public long newPerson(CurrentUser officer, String name) {
        return TestPeople.register(people, officer, name, Sex.MALE, LocalDate.of(1975, 1, 1), 9000);
    }

    /** A case of the person with everything a submission needs ({@link Cases#complete()}). */
    public long readyCase(CurrentUser officer, long personId) {
        return cases.ready(officer, personId);
    }
}
