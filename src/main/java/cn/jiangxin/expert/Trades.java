package cn.jiangxin.expert;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Trades (工种) as typed: separated by commas, 、 or spaces, each kept once, stored joined by a comma. */
final class Trades {

    private Trades() {
    }

    static Set<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,，、;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String join(Set<String> trades) {
        return String.join(",", trades);
    }
}
