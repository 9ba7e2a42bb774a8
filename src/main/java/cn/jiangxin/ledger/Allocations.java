package cn.jiangxin.ledger;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.ledger.domain.Entry;
import cn.jiangxin.ledger.domain.LedgerAccount;
import cn.jiangxin.ledger.domain.Posting;
import cn.jiangxin.ledger.domain.PostingLine;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget allocations (预算下达): finance records one for a budget line and the line's budget account is debited from
 * the funding source in
 * the same transaction. The request key makes a resubmitted form return the first allocation. A wrong allocation
 * is corrected by reversing it, which the budget must still cover.
 */
@Service
public class Allocations {

    private final Ledger ledger;
    private final AllocationStore store;
    private final AuditTrail audit;
    private final Clock clock;

    Allocations(Ledger ledger, AllocationStore store, AuditTrail audit, Clock clock) {
        this.ledger = ledger;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Allocation record(CurrentUser user, NewAllocation a, String requestKey) {
        requireFinance(user);
        return record(user.username(), a, requestKey);
    }

    private Allocation record(String recordedBy, NewAllocation a, String requestKey) {
        Entry entry = ledger.post(new Posting("ALLOC:" + requestKey, "预算拨款 " + a.reference(), List.of(
                PostingLine.debit(a.line().budget(), null, a.amountFen()),
                PostingLine.credit(LedgerAccount.BUDGET_FUNDING, null, a.amountFen()))));
        Optional<Allocation> existing = byEntry(entry.id());
        if (existing.isPresent()) {
            Allocation first = existing.get();
            if (!first.reference().equals(a.reference()) || !first.allocatedOn().equals(a.allocatedOn())
                    || first.line() != a.line()) {
                throw new RuleViolationException("requestKey", "该幂等编号已用于另一笔拨款（" + first.reference()
                        + "），请刷新页面后重新填写");
            }
            return first;
        }
        store.insert(entry.id(), a, requestKey, recordedBy, clock.instant());
        Allocation saved = byEntry(entry.id()).orElseThrow();
        audit.recordChange("BUDGET_ALLOCATED", "budget_allocation", saved.id(), a.reference() + " " + saved.amountYuan());
        return saved;
    }

    /** Reverses a wrong allocation; refused when the budget no longer holds its amount. */
    @Transactional
    public Entry reverse(CurrentUser user, long allocationId, String reason) {
        requireFinance(user);
        Allocation a = find(allocationId).orElseThrow(() -> new NotFoundException("allocation " + allocationId));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw new RuleViolationException("reason", "请填写冲销原因（不超过200字）");
        }
        var earlier = ledger.reversalOf(a.entryId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Entry reversal = ledger.reverse(a.entryId(), "冲销预算拨款 " + a.reference() + "：" + why);
        audit.recordChange("BUDGET_ALLOCATION_REVERSED", "budget_allocation", allocationId, why);
        return reversal;
    }

    /** Every allocation, newest first. */
    public List<Allocation> list() {
        return store.all();
    }

    public Optional<Allocation> find(long id) {
        return store.find(id);
    }

    private Optional<Allocation> byEntry(long entryId) {
        return store.byEntry(entryId);
    }

    private static void requireFinance(CurrentUser user) {
        if (!user.has(Role.FINANCE)) {
            throw new AccessDeniedException("finance only");
        }
    }
}
