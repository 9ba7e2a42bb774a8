package cn.jiangxin.testsupport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.person.Sex;

/**
 * Valid resident ID numbers (and mobile numbers) for tests, built with the real check character. Random ones come
 * from one generator seeded by {@code -Djiangxin.test.seed} (a fresh seed, printed once, when not given), so a failing
 * run can be repeated with the same numbers.
 */
public final class IdNumbers {

    /** Chaoyang district of Beijing, the area of every test number. */
    public static final String AREA = "110105";

    private static final long SEED = Long.getLong("jiangxin.test.seed", System.nanoTime());
    private static final Random RANDOM = new Random(SEED);

    static {
        System.out.println("IdNumbers: random numbers seeded with -Djiangxin.test.seed=" + SEED);
    }

    private IdNumbers() {
    }

    /** A man born on that day (sequence 123). */
    public static String man(LocalDate birth) {
        return of(AREA, birth, "123");
    }

    /** A woman born on that day (sequence 124). */
    public static String woman(LocalDate birth) {
        return of(AREA, birth, "124");
    }

    /** The number of that area, birth day and three-digit sequence, with its check character. */
    public static String of(String area, LocalDate birth, String sequence) {
        String first17 = area + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /**
     * A random number of someone born within {@code spanDays} days from {@code bornFrom}; of that sex (the parity of
     * the sequence), or of either when {@code sex} is null.
     */
    public static synchronized String random(LocalDate bornFrom, int spanDays, Sex sex) {
        LocalDate birth = bornFrom.plusDays(RANDOM.nextInt(spanDays));
        int sequence = sex == null ? RANDOM.nextInt(100, 1000)
                : 2 * RANDOM.nextInt(500) + (sex == Sex.MALE ? 1 : 0);
        return of(AREA, birth, String.format("%03d", sequence));
    }

    /** A random mobile number starting 139. */
    public static synchronized String mobile() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    /** A random int in [0, bound) from the same seeded generator. */
    public static synchronized int nextInt(int bound) {
        return RANDOM.nextInt(bound);
    }
}
