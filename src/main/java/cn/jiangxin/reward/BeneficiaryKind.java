package cn.jiangxin.reward;

/** Who a reward case pays: the medallist, or the training unit (培养单位) named for the medal. */
public enum BeneficiaryKind {
    PERSON("PERSON:"),
    TRAINING_UNIT("UNIT:");

    private final String partyPrefix;

    BeneficiaryKind(String partyPrefix) {
        this.partyPrefix = partyPrefix;
    }

    /** The beneficiary's name in the ledger's payable and paid-out sub-ledgers. */
    public String party(long beneficiaryId) {
        return partyPrefix + beneficiaryId;
    }
}
