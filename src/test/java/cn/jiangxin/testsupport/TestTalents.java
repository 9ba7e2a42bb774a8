package cn.jiangxin.testsupport;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.certification.CertificationRequest;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.certification.QualifyingAchievement;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.Achievement;
import cn.jiangxin.nomination.NominationDraft;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.nomination.SkillLevel;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;

/**
 * Active leading talents for tests that need one and not the way to it: a person of the officer's unit with a saved
 * form (a WorldSkills gold), certified today through the certification API, so that
 * {@code Certifications.activeOn(person, today)} finds them.
 */
public final class TestTalents {

    private TestTalents() {
    }

    /** A new person of the officer's unit, certified today; answers the person. */
    public static long certifiedToday(People people, Nominations nominations, Certifications certifications,
            CurrentUser officer, String name, String trade) {
        long person = TestPeople.register(people, officer, name, Sex.MALE);
        certify(nominations, certifications, officer, person, trade);
        return person;
    }

    /** Certifies a registered person of the officer's unit today (a WorldSkills gold on a saved form). */
    public static void certify(Nominations nominations, Certifications certifications, CurrentUser officer,
            long person, String trade) {
        long nomination = nominations.open(officer, person);
        Achievement gold = new Achievement(0, Achievement.Kind.COMPETITION, cn.jiangxin.policy.Competition.WORLDSKILLS,
                1, null, null, LocalDate.of(2024, 9, 15), "世界技能大赛金牌");
        nominations.save(officer, nomination, new NominationDraft("汉族", "群众", "大学专科", trade, SkillLevel.LEVEL_1,
                List.of(gold), "长期从事本职业工作", "同意推荐", null, null));
        certifications.certify(new CertificationRequest(person, nomination, officer.unitId(), null,
                certifications.today(), List.of(new QualifyingAchievement(QualifyingAchievement.Kind.COMPETITION,
                        gold.competition(), gold.place(), null, null, gold.achievedOn(), gold.description(),
                        gold.description())), officer.accountId()));
    }
}
