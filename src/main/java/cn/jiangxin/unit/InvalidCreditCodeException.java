package cn.jiangxin.unit;

import cn.jiangxin.platform.RuleViolationException;

/** A unified social credit code that is not valid per GB 32100-2015; the message says what is wrong. */
class InvalidCreditCodeException extends RuleViolationException {

    public InvalidCreditCodeException(String message) {
        super("creditCode", message);
    }
}
