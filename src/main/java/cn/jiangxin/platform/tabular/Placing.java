package cn.jiangxin.platform.tabular;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in a competition: 1 for 金牌/金奖/一等奖/第一名/冠军/第1名/1, 2 for 银牌/银奖/二等奖/第二名/亚军, 3 for
 * 铜牌/铜奖/三等奖/第三名/季军, n for 第四名 … 第二十名 or an Arabic number; {@link #HONOURABLE_MENTION} (优胜奖, as
 * WorldSkills' Medallion for Excellence) is no place. Anything else is refused.
 *
 * @param place 1 or more, or 0 for the honourable mention
 */
public record Placing(int place) {

    public static final Placing HONOURABLE_MENTION = new Placing(0);

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("金牌", 1), Map.entry("金奖", 1), Map.entry("冠军", 1), Map.entry("一等奖", 1),
            Map.entry("银牌", 2), Map.entry("银奖", 2), Map.entry("亚军", 2), Map.entry("二等奖", 2),
            Map.entry("铜牌", 3), Map.entry("铜奖", 3), Map.entry("季军", 3), Map.entry("三等奖", 3));
    private static final Pattern RANK = Pattern.compile("第?([0-9]{1,4}|[一二三四五六七八九十]{1,3})名?");
    private static final Pattern CLASS = Pattern.compile("([0-9]|[一二三四五六七八九])等奖?");
    private static final String NUMERALS = "一二三四五六七八九";

    public Placing {
        if (place < 0) {
            throw new IllegalArgumentException("place " + place);
        }
    }

    public static Normalised<Placing> of(String raw) {
        String s = SimplifiedForMatching.of(CleanText.compact(raw));
        if (s.isEmpty()) {
            return Normalised.refused("名次为空");
        }
        if (s.equals("优胜奖") || s.equals("优胜")) {
            return Normalised.ok(HONOURABLE_MENTION);
        }
        Integer word = WORDS.get(s);
        if (word != null) {
            return Normalised.ok(new Placing(word));
        }
        Matcher m = RANK.matcher(s);
        if (!m.matches()) {
            m = CLASS.matcher(s);
        }
        if (m.matches()) {
            int n = number(m.group(1));
            if (n >= 1) {
                return Normalised.ok(new Placing(n));
            }
        }
        return Normalised.refused("名次“" + ImportedDate.shortened(s) + "”无法识别（可填金牌、一等奖、第一名、1、优胜奖等）");
    }

    /** A number in digits or Chinese numerals up to 九十九; 0 when not one. */
    private static int number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? NUMERALS.indexOf(s.charAt(0)) + 1 : 0;
        }
        if (s.indexOf('十', ten + 1) >= 0 || ten > 1) {
            return 0;
        }
        int tens = ten == 0 ? 1 : NUMERALS.indexOf(s.charAt(0)) + 1;
        String rest = s.substring(ten + 1);
        int units = rest.isEmpty() ? 0 : rest.length() == 1 ? NUMERALS.indexOf(rest.charAt(0)) + 1 : -1;
        return units < 0 ? 0 : tens * 10 + units;
    }

    public boolean isPlace() {
        return place > 0;
    }

    /** "1", "2" … or "优胜奖". */
    public String words() {
        return isPlace() ? Integer.toString(place) : "优胜奖";
    }
}
