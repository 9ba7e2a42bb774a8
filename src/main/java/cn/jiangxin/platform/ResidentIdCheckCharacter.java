package cn.jiangxin.platform;

/**
 * The ISO 7064 MOD 11-2 check character of a resident ID number (GB 11643-1999), shared by the person registry
 * ({@code person.ResidentIdNumber}) and the import kit ({@code platform.tabular.ImportedIdNumber}), which converts
 * 15-digit numbers of imported lists and may not depend on the person module.
 */
public final class ResidentIdCheckCharacter {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdCheckCharacter() {
    }

    /** The check character for the first 17 characters of {@code digits}, which must be ASCII digits. */
    public static char of(String digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at " + (i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
