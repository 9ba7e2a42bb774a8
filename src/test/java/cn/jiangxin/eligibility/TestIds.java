package cn.jiangxin.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import cn.jiangxin.person.ResidentIdNumber;

/** Valid resident ID numbers for tests, built with the real check character. */
public final class TestIds {

    private TestIds() {
    }

    public static String man(LocalDate birth) {
        return id("110105", birth, "123");
    }

    public static String woman(LocalDate birth) {
        return id("110105", birth, "124");
    }

    static String id(String area, LocalDate birth, String sequence) {
        String first17 = area + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
