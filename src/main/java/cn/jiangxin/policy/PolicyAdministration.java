package cn.jiangxin.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dynamic adjustment (art. 6): copy a version to a draft, edit the draft's parameters, publish it with an
 * effective date no earlier than the latest published one. Published versions are never changed.
 */
@Service
class PolicyAdministration {

    private static final String CODE = "[a-z0-9][a-z0-9-]{2,99}";

    private final PolicyVersionStore store;
    private final PolicyVersions versions;
    private final Clock clock;

    PolicyAdministration(PolicyVersionStore store, PolicyVersions versions, Clock clock) {
        this.store = store;
        this.versions = versions;
        this.clock = clock;
    }

    List<String> codes() {
        return store.codes();
    }

    StoredVersion open(String code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("policy version " + code));
    }

    @Transactional
    StoredVersion copyToDraft(String sourceCode, String newCode, String title, String by) {
        StoredVersion source = open(sourceCode);
        String code = newCode == null ? "" : newCode.strip();
        if (!code.matches(CODE)) {
            throw new RuleViolationException("code", "policy.error.code.format");
        }
        if (store.exists(code)) {
            throw new RuleViolationException("code", "policy.error.code.taken");
        }
        String t = title == null || title.isBlank() ? source.title() : title.strip();
        store.insertDraft(source.pack().with(code, t, Map.of()), sourceCode, by, clock.instant());
        return open(code);
    }

    /**
     * Replaces the draft's values; returns the message key of the problem of each invalid value (nothing is
     * saved then), or an empty map when saved.
     */
    @Transactional
    Map<String, String> updateDraft(String code, String title, Map<String, String> values) {
        StoredVersion draft = open(code);
        requireDraft(draft);
        Map<String, String> problems = new LinkedHashMap<>();
        for (ParameterDefinition def : ParameterCatalogue.all()) {
            String v = values.get(def.key());
            if (v != null && def.problem(v) != null) {
                problems.put(def.key(), def.problem(v));
            }
        }
        if (title == null || title.isBlank()) {
            problems.put("title", "policy.error.required");
        }
        if (problems.isEmpty()) {
            Map<String, String> cleaned = new LinkedHashMap<>();
            values.forEach((k, v) -> cleaned.put(k, v.strip()));
            if (!store.updateDraft(code, draft.pack().with(code, title.strip(), cleaned))) {
                throw new RuleViolationException("policy.error.published");
            }
        }
        return problems;
    }

    @Transactional
    void publish(String code, LocalDate effectiveFrom, String by) {
        StoredVersion draft = open(code);
        requireDraft(draft);
        if (effectiveFrom == null) {
            throw new RuleViolationException("effectiveFrom", "policy.error.required");
        }
        LocalDate latest = store.latestPublishedEffectiveFrom().orElse(LocalDate.MIN);
        if (effectiveFrom.isBefore(latest)) {
            throw new RuleViolationException("effectiveFrom", "policy.error.effectiveTooEarly");
        }
        if (!store.publish(code, effectiveFrom, by, clock.instant())) {
            throw new RuleViolationException("policy.error.published");
        }
        versions.refresh();
    }

    LocalDate latestEffectiveFrom() {
        return store.latestPublishedEffectiveFrom().orElse(null);
    }

    VersionDiff diff(String left, String right) {
        return VersionDiff.between(open(left), open(right));
    }

    private static void requireDraft(StoredVersion v) {
        if (v.published()) {
            throw new RuleViolationException("policy.error.published");
        }
    }
}
