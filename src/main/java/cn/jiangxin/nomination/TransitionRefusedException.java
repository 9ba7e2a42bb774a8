package cn.jiangxin.nomination;

import cn.jiangxin.platform.RuleViolationException;

/** The domain refuses a transition: wrong state, wrong role or unit, four-eyes, missing reason or unmet guard. */
public class TransitionRefusedException extends RuleViolationException {

    public TransitionRefusedException(String field, String message) {
        super(field, message);
    }
}
