package cn.jiangxin.consultation;

/** Chinese names of channels and outcomes for exports (pages use the message bundle). */
final class ConsultationLabels {

    private ConsultationLabels() {
    }

    static String channel(ChannelKind kind) {
        return switch (kind) {
            case EMAIL -> "电子邮箱";
            case POST -> "信函";
            case PHONE -> "电话";
            case FAX -> "传真";
            case WEBSITE -> "网站";
        };
    }

    static String outcome(CommentOutcome outcome) {
        return switch (outcome) {
            case ADOPTED -> "采纳";
            case PARTLY_ADOPTED -> "部分采纳";
            case NOT_ADOPTED -> "未采纳";
        };
    }
}
