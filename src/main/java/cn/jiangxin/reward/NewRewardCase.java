package cn.jiangxin.reward;

import java.time.LocalDate;

/** A reward case to be opened for one medal and one beneficiary. */
record NewRewardCase(String medalKey, BeneficiaryKind kind, long personId, long beneficiaryId, String beneficiaryName,
        long certificationId, String policyVersion, LocalDate wonOn, String description, long amountFen) {
}
