package cn.jiangxin.ledger.domain;

/** The side an account's balance normally stands on. Amounts are stored debit positive, credit negative. */
public enum Side {
    DEBIT(1),
    CREDIT(-1);

    private final int sign;

    Side(int sign) {
        this.sign = sign;
    }

    /** The balance as a person reads it: positive when it stands on this side. */
    public long normal(long signedFen) {
        return sign * signedFen;
    }
}
