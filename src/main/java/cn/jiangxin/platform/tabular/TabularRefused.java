package cn.jiangxin.platform.tabular;

/**
 * A file the kit will not read, with the reason in Chinese words for the person who uploaded it (too large, a zip
 * bomb, too many rows or columns, not a readable {@code .xlsx} or CSV). A bad row is never refused this way: it
 * comes back with its reasons in {@link TabularRow#faults()}.
 */
public class TabularRefused extends RuntimeException {

    public TabularRefused(String message) {
        super(message);
    }

    public TabularRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
