package cn.jiangxin.notice;

import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;

/**
 * The cases a notice lists, as notice needs them; nomination implements it, so notice does not depend on nomination.
 * Each method runs in the caller's transaction.
 */
public interface NoticeCases {

    /** Cases approved for notice, with what the notice would show of each. */
    List<NoticeBatch.Entry> approvedForNotice();

    /**
     * The case as the notice shows it.
     *
     * @throws NotFoundException when there is no such case or the user may not see it
     */
    NoticeBatch.Entry entry(CurrentUser user, long nominationId);

    /**
     * Moves the case to public notice through the workflow.
     *
     * @throws RuleViolationException when the workflow refuses
     */
    void openNotice(CurrentUser user, long nominationId);

    /**
     * Whether the approver may resolve objections to the case now: while it is on notice, and four-eyes.
     *
     * @throws RuleViolationException when not
     */
    void requireObjectionsResolvable(CurrentUser approver, long nominationId);
}
