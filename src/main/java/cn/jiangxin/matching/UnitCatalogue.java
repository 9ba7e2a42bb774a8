package cn.jiangxin.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.matching.MatchingStore.RegisteredUnit;
import cn.jiangxin.platform.tabular.CleanText;
import cn.jiangxin.platform.tabular.UnitNameForMatching;
import cn.jiangxin.unit.DistrictCode;
import cn.jiangxin.unit.UnifiedSocialCreditCode;

/**
 * The registered units as read once for a batch, finding the unit a row means: by credit code exactly, otherwise by
 * the reduced name ({@link UnitNameForMatching}) exactly, otherwise every unit at least
 * {@link MatchingRules#POSSIBLE_UNIT_SIMILARITY} alike. Each distinct (name, code) of a batch is resolved once.
 */
final class UnitCatalogue {

    /** A unit a row may mean, and how alike its name is (1 when found by credit code or the same reduced name). */
    record UnitFound(RegisteredUnit unit, double similarity) {
    }

    /** What a row's unit resolved to, and whether it is in Chaoyang (registered there or its code says so). */
    record Resolution(List<UnitFound> units, boolean chaoyang, List<String> notes) {
    }

    private final Map<Long, RegisteredUnit> byId = new HashMap<>();
    private final Map<String, RegisteredUnit> byCode = new HashMap<>();
    private final Map<String, List<RegisteredUnit>> byReducedName = new HashMap<>();
    private final List<Map.Entry<String, RegisteredUnit>> reducedNames = new ArrayList<>();
    private final Map<String, Resolution> resolved = new HashMap<>();

    UnitCatalogue(List<RegisteredUnit> units) {
        for (RegisteredUnit u : units) {
            byId.put(u.id(), u);
            byCode.put(u.creditCode(), u);
            String reduced = UnitNameForMatching.of(u.name());
            byReducedName.computeIfAbsent(reduced, k -> new ArrayList<>()).add(u);
            reducedNames.add(Map.entry(reduced, u));
        }
    }

    /** The unit with this id, or {@code orElse} when it was registered after the units were read (then kept). */
    RegisteredUnit byId(long id, java.util.function.LongFunction<RegisteredUnit> orElse) {
        RegisteredUnit unit = byId.get(id);
        if (unit == null) {
            unit = orElse.apply(id);
            byId.put(id, unit);
        }
        return unit;
    }

    Resolution resolve(String unitName, String creditCode) {
        return resolved.computeIfAbsent(unitName + "\u0000" + creditCode, k -> resolveAnew(unitName, creditCode));
    }

    private Resolution resolveAnew(String unitName, String rawCode) {
        List<String> notes = new ArrayList<>();
        Optional<UnifiedSocialCreditCode> code = creditCode(rawCode, notes);
        if (code.isPresent()) {
            RegisteredUnit unit = byCode.get(code.get().value());
            if (unit != null) {
                notes.add("按统一社会信用代码找到单位“" + unit.name() + "”");
                return new Resolution(List.of(new UnitFound(unit, 1.0)), chaoyang(unit), notes);
            }
            notes.add("统一社会信用代码不在单位库中");
        }
        boolean codeInChaoyang = code.map(c -> DistrictCode.CHAOYANG.value().equals(c.divisionCode())).orElse(false);
        if (unitName == null) {
            return new Resolution(List.of(), codeInChaoyang, notes);
        }
        String reduced = UnitNameForMatching.of(unitName);
        List<UnitFound> found = new ArrayList<>();
        for (RegisteredUnit same : byReducedName.getOrDefault(reduced, List.of())) {
            found.add(new UnitFound(same, 1.0));
        }
        if (found.isEmpty() && !reduced.isEmpty()) {
            for (Map.Entry<String, RegisteredUnit> e : reducedNames) {
                if (!couldBeAlike(reduced, e.getKey())) {
                    continue;
                }
                double similarity = UnitNameForMatching.similarity(reduced, e.getKey());
                if (similarity >= MatchingRules.POSSIBLE_UNIT_SIMILARITY) {
                    found.add(new UnitFound(e.getValue(), similarity));
                }
            }
        }
        found.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        if (found.isEmpty()) {
            notes.add("单位库中没有与“" + CleanText.of(unitName) + "”相近的单位");
        }
        boolean chaoyang = codeInChaoyang || found.stream()
                .anyMatch(f -> f.similarity() >= MatchingRules.CERTAIN_UNIT_SIMILARITY && chaoyang(f.unit()));
        return new Resolution(List.copyOf(found), chaoyang, notes);
    }

    /** Names whose lengths differ by more than the tolerance cannot be alike enough: skip the edit distance. */
    private static boolean couldBeAlike(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return Math.abs(a.length() - b.length()) <= (1 - MatchingRules.POSSIBLE_UNIT_SIMILARITY) * longer;
    }

    private static boolean chaoyang(RegisteredUnit unit) {
        return DistrictCode.CHAOYANG.value().equals(unit.districtCode());
    }

    private static Optional<UnifiedSocialCreditCode> creditCode(String raw, List<String> notes) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UnifiedSocialCreditCode.parse(CleanText.compact(raw).toUpperCase(java.util.Locale.ROOT)));
        } catch (RuntimeException e) {
            notes.add("统一社会信用代码无效，按单位名称查找");
            return Optional.empty();
        }
    }
}
