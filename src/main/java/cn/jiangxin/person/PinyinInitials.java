package cn.jiangxin.person;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin initials of a name, e.g. 张伟 → zw. A polyphonic character gives every reading (单 → d, s, c), so a
 * name has several combinations; at most {@link #CAP} are kept, which is plenty for real names.
 */
final class PinyinInitials {

    static final int CAP = 16;

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private PinyinInitials() {
    }

    static Set<String> of(String name) {
        Set<String> combinations = new LinkedHashSet<>();
        combinations.add("");
        boolean inLatinWord = false;
        for (char c : name.toCharArray()) {
            boolean latin = c < 128 && Character.isLetter(c);
            Set<Character> initials = latin && inLatinWord ? Set.of() : initials(c);
            inLatinWord = latin;
            if (initials.isEmpty()) {
                continue;
            }
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : combinations) {
                for (char i : initials) {
                    if (next.size() < CAP) {
                        next.add(prefix + i);
                    }
                }
            }
            combinations = next;
        }
        combinations.remove("");
        return combinations;
    }

    /** Stored form for prefix search with LIKE '% zw%': the combinations separated and surrounded by spaces. */
    static String column(String name) {
        return " " + String.join(" ", of(name)) + " ";
    }

    private static Set<Character> initials(char c) {
        Set<Character> out = new LinkedHashSet<>();
        if (c < 128) {
            if (Character.isLetter(c)) {
                out.add(Character.toLowerCase(c));
            }
            return out;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (readings != null) {
                for (String r : readings) {
                    if (!r.isEmpty()) {
                        out.add(r.toLowerCase(Locale.ROOT).charAt(0));
                    }
                }
            }
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
