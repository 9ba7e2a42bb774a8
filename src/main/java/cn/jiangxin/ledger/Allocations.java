package cn.jiangxin.ledger;

import java.time.Clock;
import java.time.ZoneOffset;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget allocations (预算下达): finance records one and the budget account is debited from the funding source in
 * the same transaction. The request key makes a resubmitted form return the first allocation. A wrong allocation
 * is corrected by reversing it, which the budget must still cover.
 */
@Service
public class Allocations {

    private static final String COLUMNS = """
            a.id, a.entry_id, a.amount_fen, a.reference, a.allocated_on, a.recorded_by, a.recorded_at,
            (SELECT COUNT(*) FROM ledger_entry r WHERE r.reverses_entry_id = a.entry_id) AS reversals""";

    private final Ledger ledger;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Allocations(Ledger ledger, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Allocation record(CurrentUser user, NewAllocation a, String requestKey) {
        requireFinance(user);
        return record(user.username(), a, requestKey);
    }

    /** Records an allocation without a signed-in user, as {@code recordedBy}; for the demo seeder only. */
    @Transactional
    public Allocation record(String recordedBy, NewAllocation a, String requestKey) {
        Entry entry = ledger.post(new Posting("ALLOC:" + requestKey, "预算拨款 " + a.reference(), List.of(
                PostingLine.debit(LedgerAccount.REWARD_BUDGET, null, a.amountFen()),
                PostingLine.credit(LedgerAccount.BUDGET_FUNDING, null, a.amountFen()))));
        Optional<Allocation> existing = byEntry(entry.id());
        if (existing.isPresent()) {
            Allocation first = existing.get();
            if (!first.reference().equals(a.reference()) || !first.allocatedOn().equals(a.allocatedOn())) {
                throw new RuleViolationException("requestKey", "该幂等编号已用于另一笔拨款（" + first.reference()
                        + "），请刷新页面后重新填写");
            }
            return first;
        }
        jdbc.sql("""
                INSERT INTO budget_allocation (entry_id, amount_fen, reference, allocated_on, request_key, recorded_by,
                                               recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), a.amountFen(), a.reference(), a.allocatedOn(), requestKey, recordedBy,
                        clock.instant().atOffset(ZoneOffset.UTC)).update();
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

    public List<Allocation> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget_allocation a ORDER BY a.id DESC LIMIT 500")
                .query(this::map).list();
    }

    public Optional<Allocation> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget_allocation a WHERE a.id = ?").param(id).query(this::map)
                .optional();
    }

    private Optional<Allocation> byEntry(long entryId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget_allocation a WHERE a.entry_id = ?").param(entryId)
                .query(this::map).optional();
    }

    private Allocation map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Allocation(rs.getLong("id"), rs.getLong("entry_id"), rs.getLong("amount_fen"),
                rs.getString("reference"), rs.getObject("allocated_on", java.time.LocalDate.class),
                rs.getString("recorded_by"), rs.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getLong("reversals") > 0);
    }

    private static void requireFinance(CurrentUser user) {
        if (!user.has(Role.FINANCE)) {
            throw new AccessDeniedException("finance only");
        }
    }
}
