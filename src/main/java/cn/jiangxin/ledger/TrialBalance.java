package cn.jiangxin.ledger;

import java.util.List;

import cn.jiangxin.platform.Money;

/** Every account's balance; debits and credits must be equal (difference zero) and each balance equal its lines. */
public record TrialBalance(List<AccountBalance> accounts) {

    public TrialBalance {
        accounts = List.copyOf(accounts);
    }

    public long debitTotalFen() {
        return accounts.stream().mapToLong(AccountBalance::signedFen).filter(v -> v > 0).sum();
    }

    public long creditTotalFen() {
        return -accounts.stream().mapToLong(AccountBalance::signedFen).filter(v -> v < 0).sum();
    }

    public long differenceFen() {
        return debitTotalFen() - creditTotalFen();
    }

    public boolean balanced() {
        return differenceFen() == 0 && accounts.stream().allMatch(AccountBalance::consistent);
    }

    public String debitTotalYuan() {
        return Money.yuan(debitTotalFen());
    }

    public String creditTotalYuan() {
        return Money.yuan(creditTotalFen());
    }

    public String differenceYuan() {
        return Money.yuan(differenceFen());
    }
}
