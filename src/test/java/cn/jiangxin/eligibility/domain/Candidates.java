package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.person.Sex;
import cn.jiangxin.policy.RetirementCategory;

final class Candidates {

    static final AffiliatedUnit CHAOYANG_EMPLOYER = new AffiliatedUnit("EMPLOYER", "110105");

    private Candidates() {
    }

    static Candidate man(LocalDate birth, Achievement... achievements) {
        return new Candidate(birth, Sex.MALE, null, CHAOYANG_EMPLOYER, true, List.of(achievements));
    }

    static Candidate woman(LocalDate birth, RetirementCategory category, Achievement... achievements) {
        return new Candidate(birth, Sex.FEMALE, category, CHAOYANG_EMPLOYER, true, List.of(achievements));
    }

    static Achievement.CompetitionPlace competition(String competition, int place) {
        return new Achievement.CompetitionPlace(competition, place, LocalDate.of(2024, 9, 15));
    }
}
