package cn.jiangxin.matching;

import java.time.Clock;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff settle an uncertain match: confirm it as one of the possible people, or reject it with a reason. Each
 * waiting result is decided once, whoever clicks first (a conditional UPDATE on {@code decision = 'PENDING'}); a
 * confirmation publishes {@link ImportedEntryMatched} in the same transaction. Both are audited.
 */
@Service
class MatchReviews {

    static final int REASON_LIMIT = 500;

    private final MatchResultStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MatchReviews(MatchResultStore store, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void confirm(long entryId, long personId, CurrentUser user) {
        MatchResultStore.Row row = waiting(entryId);
        if (!row.alternatives().contains(personId) && !Long.valueOf(personId).equals(row.personId())) {
            throw new RuleViolationException("person", "请从可能的人员中选择一位");
        }
        if (!store.confirm(entryId, personId, user.accountId(), clock.instant())) {
            throw alreadyDecided();
        }
        audit.record(new AuditEvent(user.username(), "MATCH_CONFIRMED", "match_result", String.valueOf(entryId),
                AuditEvent.Outcome.SUCCESS, "list=" + row.listId() + " person=" + personId));
        events.publishEvent(new ImportedEntryMatched(entryId, row.listId(), personId, true));
    }

    @Transactional
    void reject(long entryId, String reason, CurrentUser user) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolationException("reason", "请填写否决的理由");
        }
        if (why.length() > REASON_LIMIT) {
            throw new RuleViolationException("reason", "理由不能超过" + REASON_LIMIT + "个字");
        }
        MatchResultStore.Row row = waiting(entryId);
        if (!store.reject(entryId, why, user.accountId(), clock.instant())) {
            throw alreadyDecided();
        }
        audit.record(new AuditEvent(user.username(), "MATCH_REJECTED", "match_result", String.valueOf(entryId),
                AuditEvent.Outcome.SUCCESS, "list=" + row.listId() + " reason=" + why));
    }

    private MatchResultStore.Row waiting(long entryId) {
        MatchResultStore.Row row = store.row(entryId).orElseThrow(() -> new NotFoundException("match result " + entryId));
        if (!"PENDING".equals(row.decision())) {
            throw alreadyDecided();
        }
        return row;
    }

    private static RuleViolationException alreadyDecided() {
        return new RuleViolationException("decision", "此匹配已由工作人员处理，无需再次确认");
    }
}
