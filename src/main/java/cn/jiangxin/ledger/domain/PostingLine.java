package cn.jiangxin.ledger.domain;

import java.util.Objects;

import cn.jiangxin.platform.Money;

/**
 * One line of a posting: an account, optionally a party of its sub-ledger (e.g. {@code PERSON:12}), and an amount in
 * fen, debit positive and credit negative.
 */
public record PostingLine(LedgerAccount account, String party, long amountFen) {

    public PostingLine {
        Objects.requireNonNull(account, "account");
        if (amountFen == 0) {
            throw new IllegalArgumentException("a posting line must move money");
        }
        party = party == null || party.isBlank() ? null : party.strip();
        if (party != null && party.length() > 60) {
            throw new IllegalArgumentException("party too long");
        }
    }

    public static PostingLine debit(LedgerAccount account, String party, long fen) {
        return new PostingLine(account, party, positive(fen));
    }

    public static PostingLine credit(LedgerAccount account, String party, long fen) {
        return new PostingLine(account, party, -positive(fen));
    }

    public boolean isDebit() {
        return amountFen > 0;
    }

    /** The amount in yuan when this is a debit line, else empty; likewise {@link #creditYuan()}. */
    public String debitYuan() {
        return isDebit() ? Money.yuan(amountFen) : "";
    }

    public String creditYuan() {
        return isDebit() ? "" : Money.yuan(-amountFen);
    }

    PostingLine negated() {
        return new PostingLine(account, party, -amountFen);
    }

    private static long positive(long fen) {
        if (fen <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + fen);
        }
        return fen;
    }
}
