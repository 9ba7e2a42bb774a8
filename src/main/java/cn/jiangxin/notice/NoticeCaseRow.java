package cn.jiangxin.notice;

/**
 * A case a notice lists, as the staff's list of cases on notice shows it; {@code state} is {@code running},
 * {@code awaiting} (notice over, certification not yet) or {@code closed}, shown in words.
 */
record NoticeCaseRow(long nominationId, String personName, String unitName, String criterion, long batchId,
        String batchTitle, NoticePeriod period, String state) {
}
