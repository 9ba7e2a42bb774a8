package cn.jiangxin.offering;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.certification.CertificationRequest;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.certification.QualifyingAchievement;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.testsupport.TestPeople;

/**
 * People and offerings for offering tests: employees of the officer's unit, leading talents (an employee certified
 * today through the certification API on a case of their own), and a training whose sign-up opens today.
 */
record OfferingFixture(People people, Nominations nominations, Certifications certifications) {

    /** A name the registry accepts for the i-th of many: the prefix and i in Chinese digits (职工一二). */
    static String name(String prefix, int i) {
        StringBuilder out = new StringBuilder(prefix);
        for (char c : String.valueOf(i).toCharArray()) {
            out.append("零一二三四五六七八九".charAt(c - '0'));
        }
        return out.toString();
    }

    long employee(CurrentUser officer, String name) {
        return TestPeople.register(people, officer, name, Sex.MALE);
    }

    /** An employee of the officer's unit certified today: an active leading talent. */
    long leadingTalent(CurrentUser officer, String name) {
        long person = employee(officer, name);
        long nomination = nominations.open(officer, person);
        certifications.certify(new CertificationRequest(person, nomination, officer.unitId(), null,
                certifications.today(), List.of(new QualifyingAchievement(QualifyingAchievement.Kind.COMPETITION,
                        Competition.CHAOYANG, 1, null, null, LocalDate.of(2024, 5, 1), "朝阳区职业技能大赛第一名",
                        "朝阳区职业技能大赛第一名")), officer.accountId()));
        return person;
    }

    /** A training of {@code seats} seats open to talents and units, sign-up from today for two weeks. */
    static NewOffering training(String title, int seats, LocalDate today) {
        return new NewOffering(OfferingKind.TRAINING, title, "测试培训", today.plusDays(21), today.plusDays(21),
                "测试实训基地", seats, today, today.plusDays(14), true, true);
    }
}
