package cn.jiangxin.invitation;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The honour or studio level an honour, allowance or studio list names in Chinese. An honour is the version's
 * (criteria.honors, code → name) whose name the title contains, or whose name without its closing 人员 it contains
 * (享受国务院政府特殊津贴 is 国务院政府特殊津贴人员); the longest such name wins. A studio's level is 国家级, 北京市 (市级)
 * or 朝阳区 (区级) as the title says.
 */
final class TitleNames {

    private TitleNames() {
    }

    static Optional<String> honour(String title, Map<String, String> honours) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String plain = title.replaceAll("\\s+", "");
        return honours.entrySet().stream()
                .filter(h -> plain.contains(h.getValue()) || plain.contains(h.getValue().replaceFirst("人员$", "")))
                .max(Comparator.comparingInt(h -> h.getValue().length()))
                .map(Map.Entry::getKey);
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
}
