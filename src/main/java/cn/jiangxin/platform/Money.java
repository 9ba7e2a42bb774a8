package cn.jiangxin.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Fen to yuan for people and spreadsheets; money itself stays integer fen everywhere else. */
public final class Money {

    private Money() {
    }

    /** E.g. {@code 100,000.00}. */
    public static String yuan(long fen) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(decimalYuan(fen));
    }

    public static BigDecimal decimalYuan(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Parses yuan as typed by a person ({@code 1000000}, {@code 1,000,000.50}); more than two decimals or a value
     * that is not positive is refused.
     *
     * @throws IllegalArgumentException with a message in Chinese
     */
    public static long parseYuan(String text) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("，", "");
        try {
            BigDecimal value = new BigDecimal(t);
            if (value.signum() <= 0 || value.scale() > 2) {
                throw new IllegalArgumentException("金额须为正数，最多两位小数");
            }
            return value.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("金额须为正数，最多两位小数");
        }
    }
}
