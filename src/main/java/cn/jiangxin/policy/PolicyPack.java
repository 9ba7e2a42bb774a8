package cn.jiangxin.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A policy as data: every parameter of {@link ParameterCatalogue}, valid and with the article it implements (a
 * parameter the catalogue gained later, missing from a version stored before, takes the catalogue's provisional value).
 * {@code effectiveFrom} is the date the pack proposes; the version's own date is fixed on publication.
 */
record PolicyPack(String code, String title, String source, LocalDate effectiveFrom, Map<String, PackParameter> parameters) {

    static final String FORMAT = "jiangxin-policy-pack/1";

    PolicyPack {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        source = source == null ? "" : source;
        List<String> problems = new ArrayList<>();
        Map<String, PackParameter> ordered = new LinkedHashMap<>();
        for (ParameterDefinition def : ParameterCatalogue.all()) {
            PackParameter p = parameters.get(def.key());
            if (p == null && def.laterAddition() != null) {
                ordered.put(def.key(), def.laterAddition());
            } else if (p == null) {
                problems.add(def.key() + ": missing");
            } else if (def.problem(p.value()) != null) {
                problems.add(def.key() + ": " + def.problem(p.value()) + " (" + p.value() + ")");
            } else {
                ordered.put(def.key(), new PackParameter(def.canonical(p.value()), p.article(), p.note(), p.fromCatalogue()));
            }
        }
        parameters.keySet().stream().filter(k -> ParameterCatalogue.find(k).isEmpty())
                .forEach(k -> problems.add(k + ": unknown parameter"));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid policy pack " + code + ": " + problems);
        }
        parameters = java.util.Collections.unmodifiableMap(ordered);
    }

    String value(String key) {
        PackParameter p = parameters.get(key);
        if (p == null) {
            throw new IllegalArgumentException("no parameter " + key);
        }
        return p.value();
    }

    PolicyPack with(String newCode, String newTitle, Map<String, String> values) {
        Map<String, PackParameter> changed = new LinkedHashMap<>();
        parameters.forEach((k, p) -> changed.put(k,
                new PackParameter(values.getOrDefault(k, p.value()), p.article(), p.note())));
        return new PolicyPack(newCode, newTitle, source, effectiveFrom, changed);
    }
}
