package cn.jiangxin.nomination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.MobileNumber;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonDraft;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.person.Sex;

/**
 * People a test registers in an officer's unit, born 1985 to 1998 with an ID number nobody has yet: a person has one
 * open case at a time, so a test that opens cases of its own needs people of its own.
 */
final class NewPeople {

    private NewPeople() {
    }

    static long register(People people, CurrentUser officer, String name, Sex sex) {
        LocalDate today = people.today();
        while (true) {
            var random = ThreadLocalRandom.current();
            LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(random.nextInt(5000));
            String first17 = "110105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%03d", 2 * random.nextInt(500) + (sex == Sex.MALE ? 1 : 0));
            ResidentIdNumber id = ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17), today);
            if (people.find(id).isEmpty()) {
                return people.register(officer, new PersonDraft(name, id,
                        MobileNumber.parse("139" + String.format("%08d", random.nextInt(100_000_000))), officer.unitId()));
            }
        }
    }
}
