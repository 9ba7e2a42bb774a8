package cn.jiangxin.ledger.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A balanced set of lines to be written as one entry. The business key names the event it records (e.g.
 * {@code PAY:WSG-12-2024:PERSON}); the ledger keeps at most one entry per key, so posting the same key again
 * is a no-op. A reversal carries the id of the entry it reverses.
 */
public record Posting(String businessKey, String memo, List<PostingLine> lines, Long reversesEntryId) {

    public static final int MAX_KEY = 120;

    public Posting {
        Objects.requireNonNull(businessKey, "businessKey");
        businessKey = businessKey.strip();
        if (businessKey.isEmpty() || businessKey.length() > MAX_KEY) {
            throw new IllegalArgumentException("business key must be 1-" + MAX_KEY + " characters");
        }
        memo = memo == null ? "" : memo.strip();
        if (memo.length() > 300) {
            throw new IllegalArgumentException("memo too long");
        }
        lines = List.copyOf(lines);
        if (lines.size() < 2) {
            throw new IllegalArgumentException("a posting needs at least two lines");
        }
        long sum = 0;
        for (PostingLine line : lines) {
            sum = Math.addExact(sum, line.amountFen());
        }
        if (sum != 0) {
            throw new IllegalArgumentException("unbalanced posting " + businessKey + ": debits and credits differ by " + sum);
        }
    }

    public Posting(String businessKey, String memo, List<PostingLine> lines) {
        this(businessKey, memo, lines, null);
    }

    /** The posting that undoes {@code original}: every line negated, keyed so an entry is reversed at most once. */
    public static Posting reversalOf(Entry original, String memo) {
        if (original.reversesEntryId() != null) {
            throw new IllegalArgumentException("a reversal is not reversed; post a new entry instead");
        }
        return new Posting("REV:" + original.id(), memo, original.lines().stream().map(PostingLine::negated).toList(),
                original.id());
    }

    /** The change of each account's signed balance, in account order (the order balances are locked in). */
    public SortedMap<LedgerAccount, Long> deltas() {
        Map<LedgerAccount, Long> sums = new EnumMap<>(LedgerAccount.class);
        lines.forEach(l -> sums.merge(l.account(), l.amountFen(), Math::addExact));
        sums.values().removeIf(v -> v == 0);
        return new TreeMap<>(sums);
    }

    /** The sum of the debit lines. */
    public long amountFen() {
        return lines.stream().filter(PostingLine::isDebit).mapToLong(PostingLine::amountFen).sum();
    }

    /** Whether another posting carries the same lines, whatever their order. */
    public boolean sameLinesAs(List<PostingLine> other) {
        return other.size() == lines.size() && other.containsAll(lines) && lines.containsAll(other);
    }
}
