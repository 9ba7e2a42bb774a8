package cn.jiangxin.matching;

import java.time.LocalDate;

import cn.jiangxin.person.MobileNumber;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonDraft;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.IdNumbers;
import cn.jiangxin.testsupport.TestAccounts;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.testsupport.TestUnits;
import cn.jiangxin.unit.UnifiedSocialCreditCode;
import cn.jiangxin.unit.Units;

/**
 * Units and people of one test, registered through the real services, their names starting with a tag of random
 * characters so that nothing else in the shared database is alike.
 */
final class MatchingFixture {

    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土山川河海云雷风雨霜雪松柏梅兰竹菊";

    final String tag;
    private final Units units;
    private final People people;

    MatchingFixture(Units units, People people) {
        this.units = units;
        this.people = people;
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            chars.append(STEMS.charAt(IdNumbers.nextInt(STEMS.length())));
        }
        this.tag = chars.toString();
    }

    /** A new Chaoyang employer named the tag and {@code rest}; answers its id. */
    long unit(String rest) {
        return TestUnits.register(units, TestAccounts.ROOT, tag + rest, "EMPLOYER");
    }

    String creditCode(long unitId) {
        return units.find(unitId).orElseThrow().creditCode().value();
    }

    /** A person registered in the unit; answers the ID number (18 characters). */
    String person(long unitId, String name) {
        String id = TestPeople.unusedIdNumber(people, LocalDate.of(1975, 1, 1), 9000, Sex.MALE);
        people.register(TestAccounts.ROOT, new PersonDraft(name, ResidentIdNumber.parse(id, LocalDate.MAX),
                MobileNumber.parse(IdNumbers.mobile()), unitId));
        return id;
    }

    long personId(String idNumber) {
        return people.find(ResidentIdNumber.parse(idNumber, LocalDate.MAX)).orElseThrow().id();
    }

    /** The 15-digit form of an 18-digit number of someone born in the 1900s. */
    static String fifteenDigits(String id18) {
        return id18.substring(0, 6) + id18.substring(8, 17);
    }

    /** A valid enterprise credit code registered in Haidian (110108), not Chaoyang. */
    static String haidianCreditCode() {
        String body = "91110108" + String.format("%09d", IdNumbers.nextInt(1_000_000_000));
        return body + UnifiedSocialCreditCode.checkCharacter(body);
    }
}
