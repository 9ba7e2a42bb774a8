package cn.jiangxin.testsupport;

import java.time.LocalDate;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.MobileNumber;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonDraft;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.person.Sex;

/**
 * People a test registers through the real service, each with an ID number nobody has yet: a person has one open
 * case and one certification at a time, so a test that opens cases of its own needs people of its own.
 */
public final class TestPeople {

    private TestPeople() {
    }

    /** A random valid ID number (see {@link IdNumbers#random}) that no registered person has. */
    public static String unusedIdNumber(People people, LocalDate bornFrom, int spanDays, Sex sex) {
        while (true) {
            String id = IdNumbers.random(bornFrom, spanDays, sex);
            if (people.find(ResidentIdNumber.parse(id, LocalDate.MAX)).isEmpty()) {
                return id;
            }
        }
    }

    /** Registers a new person of that sex, born within {@code spanDays} of {@code bornFrom}, in {@code unitId}. */
    public static long register(People people, CurrentUser by, long unitId, String name, Sex sex, LocalDate bornFrom,
            int spanDays) {
        String id = unusedIdNumber(people, bornFrom, spanDays, sex);
        return people.register(by, new PersonDraft(name, ResidentIdNumber.parse(id, LocalDate.MAX),
                MobileNumber.parse(IdNumbers.mobile()), unitId));
    }

    /** The person of that name in the officer's unit (the first a search finds), registered if there is none. */
    public static long named(People people, CurrentUser officer, String name, Sex sex) {
        return people.search(officer, name, null).stream().findFirst().map(p -> p.id())
                .orElseGet(() -> register(people, officer, name, sex));
    }

    /** A new person of that sex in the officer's own unit, born 1985 to 1998. */
    public static long register(People people, CurrentUser officer, String name, Sex sex) {
        return register(people, officer, name, sex, LocalDate.of(1985, 1, 1), 5000);
    }

    /** As {@link #register(People, CurrentUser, long, String, Sex, LocalDate, int)}, in the officer's own unit. */
    public static long register(People people, CurrentUser officer, String name, Sex sex, LocalDate bornFrom,
            int spanDays) {
        return register(people, officer, officer.unitId(), name, sex, bornFrom, spanDays);
    }
}
