package cn.jiangxin.platform;

/**
 * A request that is well-formed but breaks a rule (422). The message is shown to the user, so it says
 * in words what is wrong; {@code field} names the input it concerns, when there is one.
 */
public class RuleViolationException extends RuntimeException {

    private final String field;

    public RuleViolationException(String message) {
        this(null, message);
    }

    public RuleViolationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
