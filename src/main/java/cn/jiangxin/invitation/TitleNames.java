package cn.jiangxin.invitation;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.jiangxin.policy.Competition;

/**
 * What an imported list's title names in Chinese, spaces ignored: the competition of art. 3 item (一) whose Chinese name
 * it contains (第47届世界技能大赛, 2025年北京市职业技能大赛 …); the honour of the version's list (criteria.honors,
 * code → name) whose name it contains, or whose name without its closing 人员 (享受国务院政府特殊津贴 is
 * 国务院政府特殊津贴人员); and a studio's level, 国家级, 北京市 (市级) or 朝阳区 (区级). When several names are contained,
 * the longest wins; a title that contains none names none.
 */
final class TitleNames {

    private TitleNames() {
    }

    static Optional<Competition> competition(String title) {
        return longestNamed(title, Stream.of(Competition.values()), c -> Stream.of(c.chineseName()));
    }

    static Optional<String> honour(String title, Map<String, String> honours) {
        return longestNamed(title, honours.entrySet().stream(),
                h -> Stream.of(h.getValue(), h.getValue().replaceFirst("人员$", ""))).map(Map.Entry::getKey);
    }

    static Optional<String> studioLevel(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String plain = title.replaceAll("\\s+", "");
        if (plain.contains("国家级")) {
            return Optional.of("NATIONAL");
        }
        if (plain.contains("北京市") || plain.contains("市级")) {
            return Optional.of("BEIJING");
        }
        if (plain.contains("朝阳区") || plain.contains("区级")) {
            return Optional.of("CHAOYANG");
        }
        return Optional.empty();
    }

    /** The thing one of whose names the title contains, the one with the longest (first) name when several do. */
    private static <T> Optional<T> longestNamed(String title, Stream<T> things, Function<T, Stream<String>> names) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String plain = title.replaceAll("\\s+", "");
        return things.filter(t -> names.apply(t).anyMatch(plain::contains))
                .max(Comparator.comparingInt(t -> names.apply(t).findFirst().orElse("").length()));
    }
}
