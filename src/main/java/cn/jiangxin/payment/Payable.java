package cn.jiangxin.payment;

import java.util.Objects;

import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.platform.Money;

/**
 * One payable as a batch line takes it: what kind and which, the payee, the amount, the budget line that pays it,
 * the bank account (masked, and encrypted for the treasury export), the purpose the treasury file states, the ledger
 * party of the payee and the business key of its payment, which the ledger accepts once: paying it twice is paying it
 * once.
 */
public record Payable(String kind, long id, String payeeName, long amountFen, BudgetLine budgetLine, String party,
        String payKey, String purpose, String bankHolder, String bankName, String bankAccountMasked,
        String encryptedAccount) {

    public Payable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payeeName, "payeeName");
        Objects.requireNonNull(budgetLine, "budgetLine");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(payKey, "payKey");
        Objects.requireNonNull(purpose, "purpose");
        if (!kind.matches("[A-Z_]{1,30}")) {
            throw new IllegalArgumentException("kind " + kind);
        }
        if (amountFen <= 0) {
            throw new IllegalArgumentException("amountFen " + amountFen);
        }
        if (!payKey.startsWith("PAY:")) {
            throw new IllegalArgumentException("payKey " + payKey);
        }
    }

    /** The value a build form sends for it: {@code REWARD:12}. */
    public String ref() {
        return kind + ":" + id;
    }

    public String amountYuan() {
        return Money.yuan(amountFen);
    }
}
