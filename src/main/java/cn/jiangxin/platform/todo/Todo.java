package cn.jiangxin.platform.todo;

import java.util.Objects;

/**
 * One thing waiting on the signed-in user: how many, in words (a message key), and the address of the list filtered
 * to exactly those items, so the count and the list agree.
 *
 * @param section the message key of the work page section it belongs to ({@link Section})
 * @param label   the message key of what is counted (待初审)
 * @param count   how many; zero is shown too, so the user sees the queue is empty rather than missing
 * @param href    the filtered list, an address inside the application ({@code /review?state=SUBMITTED})
 * @param urgent  whether a non-zero count needs attention now (overdue, a deadline passed): shown in red
 */
public record Todo(Section section, String label, long count, String href, boolean urgent) {

    public Todo {
        Objects.requireNonNull(section, "section");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a to-do needs a label key");
        }
        if (count < 0) {
            throw new IllegalArgumentException("a count is never negative: " + count);
        }
        if (href == null || !href.startsWith("/") || href.startsWith("//")) {
            throw new IllegalArgumentException("a to-do links inside the application: " + href);
        }
    }

    public static Todo of(Section section, String label, long count, String href) {
        return new Todo(section, label, count, href, false);
    }

    public static Todo urgent(Section section, String label, long count, String href) {
        return new Todo(section, label, count, href, true);
    }

    /** Whether the work page shows it in red: urgent and not zero. */
    public boolean alarming() {
        return urgent && count > 0;
    }
}
