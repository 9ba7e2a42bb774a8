package cn.jiangxin.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The published versions, held in memory (they are immutable) so that choosing the version in force costs no
 * query. Refreshed on publication here, and every minute for versions another node published.
 */
@Component
public class PolicyVersions {

    private final PolicyVersionStore store;
    private volatile NavigableMap<LocalDate, PolicyVersion> byEffectiveDate;
    private volatile Map<String, PolicyVersion> byCode;

    PolicyVersions(PolicyVersionStore store) {
        this.store = store;
    }

    /** The published version with the latest effective date on or before {@code date}; ties go to the later one. */
    public Optional<PolicyVersion> inForceOn(LocalDate date) {
        if (byEffectiveDate == null) {
            refresh();
        }
        Map.Entry<LocalDate, PolicyVersion> entry = byEffectiveDate.floorEntry(date);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    /** A published version by its code, e.g. to replay a stored decision. */
    public Optional<PolicyVersion> published(String code) {
        if (byCode == null) {
            refresh();
        }
        return Optional.ofNullable(byCode.get(code));
    }

    /** What people call a version (its title, e.g. 朝阳区高技能领军人才服务支持措施（2025年版）); the code if unpublished. */
    public String titleOf(String code) {
        return published(code).map(PolicyVersion::title).orElse(code);
    }

    @Scheduled(fixedDelayString = "${jiangxin.policy.refresh-interval:PT1M}")
    public synchronized void refresh() {
        List<StoredVersion> rows = store.published();
        NavigableMap<LocalDate, PolicyVersion> dated = new TreeMap<>();
        Map<String, PolicyVersion> codes = new java.util.HashMap<>();
        for (StoredVersion row : rows) {
            PolicyVersion v = row.toVersion();
            dated.put(v.effectiveFrom(), v);
            codes.put(v.code(), v);
        }
        byEffectiveDate = java.util.Collections.unmodifiableNavigableMap(dated);
        byCode = Map.copyOf(codes);
    }
}
