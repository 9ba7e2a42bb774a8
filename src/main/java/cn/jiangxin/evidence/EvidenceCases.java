package cn.jiangxin.evidence;

import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;

/**
 * Who may upload to a case and read its files, as evidence needs to know; nomination implements it, so evidence does
 * not depend on nomination. Each method runs in the caller's transaction.
 */
public interface EvidenceCases {

    /**
     * Checks that the user may change the case now and answers the indexes of its achievements.
     *
     * @throws NotFoundException when there is no such case or the user may not see it
     * @throws RuleViolationException when the case may not be changed now
     */
    List<Integer> requireEditable(CurrentUser user, long nominationId);

    /** @throws NotFoundException when there is no such case or the user may not see it */
    void requireVisible(CurrentUser user, long nominationId);
}
