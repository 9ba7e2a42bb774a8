package cn.jiangxin.benefit;

/** A use of a service as the list of uses shows it: the use and the person's name as registered. */
record ListedRedemption(Redemption use, String personName) {

    /** The name as venues see it ({@link MaskedName}). */
    public String maskedName() {
        return MaskedName.of(personName);
    }
}
