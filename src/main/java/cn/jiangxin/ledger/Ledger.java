package cn.jiangxin.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.ledger.domain.Entry;
import cn.jiangxin.ledger.domain.LedgerAccount;
import cn.jiangxin.ledger.domain.Posting;
import cn.jiangxin.platform.Money;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's API. {@link #post} writes a balanced posting as one immutable entry, at most once per business key:
 * posting a key again (a retry, a second node, a double click) returns the entry already written. Balances move in
 * the same transaction, each by a conditional UPDATE, so an overdraft refuses the whole posting and writes nothing.
 * Callers lock their own rows before posting; the ledger locks accounts in a fixed order and audits last.
 */
@Service
public class Ledger {

    private final LedgerStore store;
    private final AuditTrail audit;
    private final CurrentUsers users;
    private final Clock clock;

    Ledger(LedgerStore store, AuditTrail audit, CurrentUsers users, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public Entry post(Posting posting) {
        Optional<Entry> existing = store.findByKey(posting.businessKey());
        if (existing.isPresent()) {
            return sameAsRetried(existing.get(), posting);
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = users.current().map(CurrentUser::username).orElse("system");
        OptionalLong id = store.insertEntry(posting, at, YearMonth.from(at.atZone(clock.getZone())).toString(), actor);
        if (id.isEmpty()) {
            // another transaction wrote this key (or reversed this entry) first and has committed
            Entry first = store.findByKey(posting.businessKey()).or(() -> Optional.ofNullable(posting.reversesEntryId())
                    .flatMap(store::reversalOf)).orElseThrow(() -> new IllegalStateException("conflict without entry"));
            return sameAsRetried(first, posting);
        }
        store.insertLines(id.getAsLong(), posting.lines());
        for (var delta : posting.deltas().entrySet()) {
            if (!store.adjust(delta.getKey(), delta.getValue())) {
                LedgerAccount account = delta.getKey();
                long available = account.normalSide().normal(store.storedBalances().get(account));
                throw new InsufficientBalanceException(account, available, -account.normalSide().normal(delta.getValue()));
            }
        }
        audit.recordChange("LEDGER_POSTED", "ledger_entry", id.getAsLong(), posting.businessKey() + " "
                + Money.yuan(posting.amountFen()) + (posting.memo().isEmpty() ? "" : " " + posting.memo()));
        return new Entry(id.getAsLong(), posting.businessKey(), posting.memo(), at, actor, posting.reversesEntryId(),
                posting.lines());
    }

    /** Undoes an entry with a new one of opposite lines; an entry is reversed at most once, a reversal never. */
    @Transactional
    public Entry reverse(long entryId, String memo) {
        Entry original = store.find(entryId).orElseThrow(() -> new NotFoundException("ledger entry " + entryId));
        if (original.reversesEntryId() != null) {
            throw new RuleViolationException("该分录本身是冲销分录，不能再冲销");
        }
        return post(Posting.reversalOf(original, memo));
    }

    public Optional<Entry> entry(String businessKey) {
        return store.findByKey(businessKey);
    }

    public Optional<Entry> entry(long id) {
        return store.find(id);
    }

    public Optional<Entry> reversalOf(long entryId) {
        return store.reversalOf(entryId);
    }

    /** Balances and line sums read in one snapshot, so a posting committing meanwhile cannot show as a mismatch. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public TrialBalance trialBalance() {
        Map<LedgerAccount, Long> stored = store.storedBalances();
        Map<LedgerAccount, Long> sums = store.lineSums();
        List<AccountBalance> out = new ArrayList<>();
        for (LedgerAccount a : LedgerAccount.values()) {
            out.add(new AccountBalance(a, stored.getOrDefault(a, 0L), sums.getOrDefault(a, 0L)));
        }
        return new TrialBalance(out);
    }

    /** An account's balance on its normal side. */
    public long balanceFen(LedgerAccount account) {
        return account.normalSide().normal(store.storedBalances().get(account));
    }

    /** The balance of one party of an account's sub-ledger, on the account's normal side. */
    public long partyBalanceFen(LedgerAccount account, String party) {
        return account.normalSide().normal(store.partySum(account, party));
    }

    /** Every budget line's available, committed and paid money, read in one snapshot. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<BudgetLineTotals> budgetLines() {
        Map<LedgerAccount, Long> stored = store.storedBalances();
        List<BudgetLineTotals> out = new ArrayList<>();
        for (BudgetLine line : BudgetLine.values()) {
            out.add(new BudgetLineTotals(line, normal(stored, line.budget()), normal(stored, line.payable()),
                    normal(stored, line.paid())));
        }
        return out;
    }

    private static long normal(Map<LedgerAccount, Long> stored, LedgerAccount account) {
        return account.normalSide().normal(stored.getOrDefault(account, 0L));
    }

    public List<MonthTotals> monthly() {
        Map<LedgerAccount, Long> running = new EnumMap<>(LedgerAccount.class);
        List<MonthTotals> out = new ArrayList<>();
        store.monthlyMovements().forEach((month, moves) -> {
            moves.forEach((a, v) -> running.merge(a, v, Long::sum));
            out.add(new MonthTotals(month, -moves.getOrDefault(LedgerAccount.BUDGET_FUNDING, 0L),
                    moves.getOrDefault(LedgerAccount.REWARD_PAID, 0L),
                    running.getOrDefault(LedgerAccount.REWARD_BUDGET, 0L),
                    running.getOrDefault(LedgerAccount.REWARD_PAYABLE, 0L),
                    running.getOrDefault(LedgerAccount.REWARD_PAID, 0L)));
        });
        return out;
    }

    private static Entry sameAsRetried(Entry existing, Posting posting) {
        if (!posting.sameLinesAs(existing.lines())) {
            throw new RuleViolationException("业务编号“" + posting.businessKey() + "”已用于另一笔记账，本次未记账");
        }
        return existing;
    }
}
