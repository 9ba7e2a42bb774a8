package cn.jiangxin.nomination;

import java.time.LocalDate;

import cn.jiangxin.evidence.FileCategory;
import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.Cases;
import cn.jiangxin.testsupport.TestPeople;

/** New people of the officer's unit (so no earlier test has opened their account) and cases ready to submit. */
final class TrackingFixture {

    private final People people;
    private final Cases cases;

    TrackingFixture(People people, Cases cases) {
        this.people = people;
        this.cases = cases;
    }

    /** A man nobody has registered yet, in the officer's unit (odd sequence: no retirement category to choose). */
    long newPerson(CurrentUser officer, String name) {
        return TestPeople.register(people, officer, name, Sex.MALE, LocalDate.of(1975, 1, 1), 9000);
    }

    /** A draft with everything a submission needs. */
    long readyCase(CurrentUser officer, long personId) {
        return cases.ready(officer, personId, NominationLifecycleTest.complete());
    }
}
