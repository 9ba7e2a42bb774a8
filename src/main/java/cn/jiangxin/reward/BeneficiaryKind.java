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

    /** The beneficiary of a party name of this kind ({@link #party}), else empty. */
    java.util.Optional<Long> beneficiaryOf(String party) {
        String id = party.startsWith(partyPrefix) ? party.substring(partyPrefix.length()) : "";
        return id.matches("[0-9]{1,18}") ? java.util.Optional.of(Long.parseLong(id)) : java.util.Optional.empty();
    }
}
