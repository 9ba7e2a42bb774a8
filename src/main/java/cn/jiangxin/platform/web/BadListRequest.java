package cn.jiangxin.platform.web;

import java.util.List;

/**
 * A list address with a parameter the list cannot take (page=abc, size=7, an unknown sort key, a date that is
 * none): answered with the 400 page and the message {@code key} with {@code args}, never with another list.
 */
public class BadListRequest extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public BadListRequest(String key, Object... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
