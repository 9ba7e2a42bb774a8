package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link Nominations#openWithAchievement}, the case a unit is invited to make (免申即享): a new draft holding the
 * known achievement with its evidence note, the person's open case of the unit answered unchanged instead of a
 * second one, nothing for a person of another unit, and a future date refused like on the form.
 */
@JiangxinTest
class OpenWithAchievementTest {

    @Autowired Nominations nominations;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired JdbcClient jdbc;

    private static Achievement gold(LocalDate on) {
        return new Achievement(0, Achievement.Kind.COMPETITION, Competition.WORLDSKILLS, 1, null, null, on,
                "第47届世界技能大赛 焊接 第1名。依据：名单“第47届世界技能大赛 成绩”（文件 ws47.xlsx，第12行）");
    }

    @Test
    void aNewDraftHoldsTheAchievementAndAnOpenCaseIsAnsweredInsteadOfASecond() {
        CurrentUser officer = staff.officer();
        long person = TestPeople.register(people, officer, "预填甲", Sex.MALE);

        long id = nominations.openWithAchievement(officer, person, gold(LocalDate.of(2024, 9, 15)));

        NominationView n = nominations.requireEditable(officer, id);
        assertThat(n.state()).isEqualTo(NominationState.DRAFT);
        assertThat(n.draft().achievements()).singleElement().satisfies(a -> {
            assertThat(a.competition()).isEqualTo(Competition.WORLDSKILLS);
            assertThat(a.place()).isEqualTo(1);
            assertThat(a.achievedOn()).isEqualTo(LocalDate.of(2024, 9, 15));
            assertThat(a.description()).contains("ws47.xlsx", "第12行");
        });
        assertThat(n.draft().ethnicity()).isEmpty();

        assertThat(nominations.openWithAchievement(officer, person, gold(LocalDate.of(2023, 9, 1)))).isEqualTo(id);
        assertThat(nominations.requireEditable(officer, id).draft().achievements().get(0).achievedOn())
                .as("the open case is left as the unit has it").isEqualTo(LocalDate.of(2024, 9, 15));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM nomination WHERE person_id = ?").param(person).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void anotherUnitsPersonAndAFutureDateAreRefused() {
        CurrentUser officer = staff.officer();
        long person = TestPeople.register(people, officer, "预填乙", Sex.MALE);

        assertThatThrownBy(() -> nominations.openWithAchievement(staff.officer2(), person,
                gold(LocalDate.of(2024, 9, 15)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> nominations.openWithAchievement(officer, person, gold(LocalDate.now().plusDays(30))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("不能晚于今天");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM nomination WHERE person_id = ?").param(person).query(Long.class)
                .single()).isZero();
    }
}
