package cn.jiangxin.nomination;

import cn.jiangxin.platform.RuleViolationException;

/**
 * A workflow rule refuses: wrong state, wrong role or unit, not the holder, four-eyes, missing reason or unmet guard
 * ({@link Verdict#orThrow}).
 */
class TransitionRefusedException extends RuleViolationException {

    public TransitionRefusedException(String field, String message) {
        super(field, message);
    }
}
