package cn.jiangxin.consultation;

import java.util.List;
import java.util.Map;

import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.stereotype.Component;

/**
 * What waits on policy staff here: the consultations open for comments, and the comments without a decision, urgent
 * once any of them belongs to a consultation that has closed (its feedback report is due). Each is counted as the
 * list it links to counts it.
 */
@Component
class ConsultationTodos implements TodoSource {

    static final ListQuery OPEN = ListQuery.parse(ConsultationListing.SPEC, Map.of("state", new String[] {"OPEN"}));
    static final ListQuery UNCLASSIFIED = ListQuery.parse(CommentListing.SPEC,
            Map.of("classified", new String[] {ConsultationListing.NO}));
    /** The unclassified comments of closed consultations: when there are any, the to-do is urgent. */
    static final ListQuery OVERDUE = ListQuery.parse(CommentListing.SPEC,
            Map.of("classified", new String[] {ConsultationListing.NO}, "state", new String[] {"CLOSED"}));

    private final ConsultationListing consultations;
    private final CommentListing comments;
    private final CurrentUsers users;

    ConsultationTodos(ConsultationListing consultations, CommentListing comments, CurrentUsers users) {
        this.consultations = consultations;
        this.comments = comments;
        this.users = users;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        if (users.current().filter(u -> u.has(Role.POLICY_ADMIN)).isEmpty()) {
            return List.of();
        }
        return List.of(
                Todo.of(Section.POLICY, "pca.todo.open", consultations.count(OPEN), OPEN.href()),
                new Todo(Section.POLICY, "pca.todo.unclassified", comments.count(UNCLASSIFIED), UNCLASSIFIED.href(),
                        comments.count(OVERDUE) > 0));
    }
}
