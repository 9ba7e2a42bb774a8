package cn.jiangxin.expert;

/** A rule's answer about one expert for one need: allowed, or refused with the message key of the reason. */
record Admission(boolean allowed, String reason) {

    static final Admission ALLOWED = new Admission(true, null);

    static Admission refused(String reasonKey) {
        return new Admission(false, reasonKey);
    }
}
