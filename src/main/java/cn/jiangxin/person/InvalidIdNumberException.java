package cn.jiangxin.person;

import cn.jiangxin.platform.RuleViolationException;

/** A resident ID number that is not a valid GB 11643-1999 number; the message says what is wrong. */
public class InvalidIdNumberException extends RuleViolationException {

    public InvalidIdNumberException(String message) {
        super("idNumber", message);
    }
}
