package cn.jiangxin.reward;

import java.time.Instant;
import java.time.LocalDate;

import cn.jiangxin.platform.Money;

/** A reward case as pages and other modules see it; the bank account number only masked. */
public record RewardCase(long id, String medalKey, BeneficiaryKind kind, long personId, long beneficiaryId,
        String beneficiaryName, long certificationId, String policyVersion, LocalDate wonOn, String medalDescription,
        long amountFen, RewardState state, String bankHolder, String bankName, String bankAccountMasked,
        String lastFailure, Long batchId, Instant createdAt, Instant paidAt) {

    public String party() {
        return kind.party(beneficiaryId);
    }

    public String amountYuan() {
        return Money.yuan(amountFen);
    }

    public boolean hasBankDetails() {
        return bankAccountMasked != null;
    }
}
