package cn.jiangxin.nomination;

import cn.jiangxin.person.PersonView;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.unit.UnitView;

/** What a page shows about a case besides the form itself: the person and unit from the registries. */
public record CasePage(NominationView nomination, PersonView person, UnitView unit, UnitView trainingUnit) {

    /** The case with its person, unit and training unit (if the form names one) looked up in the registries. */
    public static CasePage of(NominationView n, cn.jiangxin.person.People people, cn.jiangxin.unit.Units units) {
        Long training = n.draft().trainingUnitId();
        return new CasePage(n, people.find(n.personId()).orElseThrow(), units.find(n.unitId()).orElseThrow(),
                training == null ? null : units.find(training).orElse(null));
    }

    /** The number the case is known by (CYTJ-2026-0007). */
    public CaseNumber number() {
        return CaseNumber.of(nomination);
    }

    public String trainingUnitName() {
        return trainingUnit == null ? "" : trainingUnit.name();
    }

    /** Where the case stands on the WF-2 path, for the step indicator. */
    public CaseProgress progress() {
        return CaseProgress.of(nomination);
    }

    public String maskedIdNumber() {
        return person.idNumber().masked();
    }

    /** A moment as Beijing time to the minute; empty when there is none. */
    public String at(java.time.Instant instant) {
        return BeijingTime.dateTime(instant);
    }

    public String maskedPhone() {
        return person.phone() == null ? "" : person.phone().masked();
    }
}
