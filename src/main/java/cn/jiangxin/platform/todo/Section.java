package cn.jiangxin.platform.todo;

/**
 * The sections of the work page, one per kind of work (a role's desk), in the order they are shown. A user with
 * several roles sees several sections. The words are {@code todo.section.<name in lower camel case>} in the bundles.
 */
public enum Section {
    REVIEW("review"),
    APPROVAL("approval"),
    UNIT("unit"),
    FINANCE("finance"),
    POLICY("policy"),
    VENUE("venue"),
    TALENT("talent"),
    ADMINISTRATION("administration");

    private final String key;

    Section(String key) {
        this.key = key;
    }

    /** The message key of the section's heading. */
    public String heading() {
        return "todo.section." + key;
    }

    /** The id of the section on the page ({@code todo-review}), for links and tests. */
    public String anchor() {
        return "todo-" + key;
    }
}
