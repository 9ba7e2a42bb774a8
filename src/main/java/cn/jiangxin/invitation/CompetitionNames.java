package cn.jiangxin.invitation;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiangxin.policy.Competition;

/**
 * The competition of art. 3 an imported list names in Chinese: a name that contains a competition's Chinese name
 * (第47届世界技能大赛, 2025年北京市职业技能大赛 …) is that competition; any other name is none of them.
 */
final class CompetitionNames {

    private CompetitionNames() {
    }

    static Optional<Competition> of(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String plain = name.replaceAll("\\s+", "");
        return Stream.of(Competition.values()).filter(c -> plain.contains(c.chineseName()))
                .max(Comparator.comparingInt(c -> c.chineseName().length()));
    }
}
