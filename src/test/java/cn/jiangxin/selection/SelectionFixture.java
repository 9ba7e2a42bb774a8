package cn.jiangxin.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import cn.jiangxin.testsupport.TestPeople;

/**
 * People for selection tests: leading talents certified today through the certification API on a saved form (the
 * form holds their trade, skill level and achievements), and people without a certification. Each test picks a trade
 * of its own, so a round whose condition is that trade lists only the test's people, whatever else the shared
 * database holds.
 */
record SelectionFixture(People people, Nominations nominations, Certifications certifications) {

    static String uniqueTrade() {
        return "测试工种" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A person of the officer's unit with a saved form of {@code trade} and these achievements; answers the person. */
    long withForm(CurrentUser officer, String name, String trade, SkillLevel level, List<Achievement> achievements) {
        return form(officer, name, trade, level, achievements)[0];
    }

    /** The person and their case. */
    private long[] form(CurrentUser officer, String name, String trade, SkillLevel level, List<Achievement> achievements) {
        long person = TestPeople.register(people, officer, name, Sex.MALE);
        long nomination = nominations.open(officer, person);
        nominations.save(officer, nomination, new NominationDraft("汉族", "群众", "大学专科", trade, level,
                indexed(achievements), "长期从事本职业工作", "同意推荐", null, null));
        return new long[] {person, nomination};
    }

    static List<Achievement> indexed(List<Achievement> achievements) {
        return java.util.stream.IntStream.range(0, achievements.size()).mapToObj(i -> {
            Achievement a = achievements.get(i);
            return new Achievement(i, a.kind(), a.competition(), a.place(), a.honour(), a.studioLevel(), a.achievedOn(),
                    a.description());
        }).toList();
    }

    /** As {@link #withForm}, then certified today: an active leading talent. */
    long talent(CurrentUser officer, String name, String trade, SkillLevel level, List<Achievement> achievements) {
        long[] made = form(officer, name, trade, level, achievements);
        long person = made[0];
        long nomination = made[1];
        certifications.certify(new CertificationRequest(person, nomination, officer.unitId(), null,
                certifications.today(), achievements.stream().map(a -> new QualifyingAchievement(
                        QualifyingAchievement.Kind.valueOf(a.kind().name()), a.competition(), a.place(), a.honour(),
                        a.studioLevel() == null ? null : a.studioLevel().name(), a.achievedOn(), a.description(),
                        a.description())).toList(), officer.accountId()));
        return person;
    }

    static Achievement competition(cn.jiangxin.policy.Competition c, int place, String date) {
        return new Achievement(0, Achievement.Kind.COMPETITION, c, place, null, null, LocalDate.parse(date), "名次");
    }

    static Achievement honour(String code, String date) {
        return new Achievement(0, Achievement.Kind.HONOR, null, null, code, null, LocalDate.parse(date), "荣誉");
    }

    static Achievement studio(String date) {
        return new Achievement(0, Achievement.Kind.STUDIO_LEADER, null, null, null, Achievement.Level.CHAOYANG,
                LocalDate.parse(date), "工作室");
    }

    /** A round for {@code trade} only, open to units from today for a week, deciding a month later. */
    static NewRound round(String purpose, int places, String trade, LocalDate today) {
        return new NewRound(purpose, purpose.equals("PROGRAMME") ? "测试人才计划" : null, today.getYear(), places,
                new RoundConditions(null, List.of(trade), null, null), today, today.plusDays(7), today.plusDays(30));
    }
}
