package cn.jiangxin.notice;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What nomination's workflow reads of a case's notice: its period, if it has been put on notice, and its objections.
 * It reads in the caller's transaction.
 */
@Component
public class CaseNotices {

    private final NoticeStore notices;
    private final ObjectionStore objections;

    CaseNotices(NoticeStore notices, ObjectionStore objections) {
        this.notices = notices;
        this.objections = objections;
    }

    /** The notice period of the case, if it has been put on notice. */
    public Optional<NoticePeriod> periodOf(long nominationId) {
        return notices.periodOf(nominationId);
    }

    public ObjectionCounts objectionCounts(long nominationId) {
        return objections.counts(nominationId);
    }
}
