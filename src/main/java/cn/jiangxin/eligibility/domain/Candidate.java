package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.jiangxin.person.Sex;
import cn.jiangxin.policy.RetirementCategory;

/**
 * The facts about a person the rules look at. Men are always {@code MALE_60}; a woman's category must be given
 * and cannot be {@code MALE_60}.
 */
public record Candidate(LocalDate birthDate, Sex sex, RetirementCategory category, AffiliatedUnit unit,
                        boolean recommended, List<Achievement> achievements) {

    public Candidate {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(unit, "unit");
        achievements = List.copyOf(achievements);
        if (sex == Sex.MALE) {
            category = RetirementCategory.MALE_60;
        } else if (category == null) {
            throw new IllegalArgumentException("a woman's retirement category must be given");
        } else if (category == RetirementCategory.MALE_60) {
            throw new IllegalArgumentException("MALE_60 is the category of men");
        }
    }
}
