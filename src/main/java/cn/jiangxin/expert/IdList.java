package cn.jiangxin.expert;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A set of registry ids (units or people) stored as one column, ascending and joined by commas. */
final class IdList {

    private IdList() {
    }

    static Set<Long> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String join(Set<Long> ids) {
        return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
