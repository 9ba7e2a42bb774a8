package cn.jiangxin.reward;

import java.time.Instant;
import java.time.LocalDate;

import cn.jiangxin.platform.Money;

/**
 * A reward was paid: finance recorded the treasury's confirmation of one reward case's payment, on {@code paidOn}
 * (Beijing date). Published once per case, after the commit of the result; the talent, or the training unit's
 * officers, are told.
 *
 * @param beneficiaryId the person (kind PERSON) or the training unit (kind TRAINING_UNIT) paid
 * @param personId      the talent whose medal the reward is for
 * @param bankAccountMasked the account paid to, masked as on the pages
 */
public record RewardPaid(long rewardCaseId, BeneficiaryKind kind, long beneficiaryId, long personId,
        String beneficiaryName, String medalDescription, long amountFen, String bankName, String bankAccountMasked,
        LocalDate paidOn, Instant at) {

    public String amountYuan() {
        return Money.yuan(amountFen);
    }
}
