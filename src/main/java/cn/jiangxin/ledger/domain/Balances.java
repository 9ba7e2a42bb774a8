package cn.jiangxin.ledger.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Account balances kept in memory, applying postings the way the database does: all of a posting or none of it,
 * refused when an account would cross to the wrong side of zero. The property tests use it as the model.
 */
public final class Balances {

    private final Map<LedgerAccount, Long> signed = new EnumMap<>(LedgerAccount.class);

    public Balances() {
        for (LedgerAccount a : LedgerAccount.values()) {
            signed.put(a, 0L);
        }
    }

    /** @return false, changing nothing, when an account would go to the wrong side of zero */
    public boolean apply(Posting posting) {
        Map<LedgerAccount, Long> next = new EnumMap<>(signed);
        for (var d : posting.deltas().entrySet()) {
            long after = Math.addExact(next.get(d.getKey()), d.getValue());
            if (!d.getKey().allows(after)) {
                return false;
            }
            next.put(d.getKey(), after);
        }
        signed.putAll(next);
        return true;
    }

    public long signed(LedgerAccount account) {
        return signed.get(account);
    }
}
