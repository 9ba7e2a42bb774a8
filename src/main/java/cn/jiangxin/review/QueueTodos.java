package cn.jiangxin.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.nomination.NominationState;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What waits in the queues: for a reviewer the submitted cases nobody has taken, the cases they took, and the overdue
 * ones; for an approver the reviewed cases and those approved for notice, and the overdue ones. Each count is the
 * total of the queue page its link opens.
 */
@Component
@Order(10) // the queues come first in their desks: they are where the work starts
class QueueTodos implements TodoSource {

    private final ReviewQueue queue;
    private final CurrentUsers users;

    QueueTodos(ReviewQueue queue, CurrentUsers users) {
        this.queue = queue;
        this.users = users;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        CurrentUser user = users.current().orElse(null);
        List<Todo> todos = new ArrayList<>();
        if (user == null) {
            return todos;
        }
        if (user.has(Role.REVIEWER)) {
            ReviewQueue.Desk desk = ReviewQueue.Desk.REVIEW;
            todos.add(todo(user, desk, "todo.review.submitted", Map.of("state", NominationState.SUBMITTED.name()), false));
            todos.add(todo(user, desk, "todo.review.mine", Map.of("only", "mine"), false));
            todos.add(todo(user, desk, "todo.review.overdue", Map.of("only", "overdue"), true));
        }
        if (user.has(Role.APPROVER)) {
            ReviewQueue.Desk desk = ReviewQueue.Desk.APPROVAL;
            todos.add(todo(user, desk, "todo.approval.reviewed", Map.of("state", NominationState.REVIEWED.name()), false));
            todos.add(todo(user, desk, "todo.approval.forNotice",
                    Map.of("state", NominationState.APPROVED_FOR_NOTICE.name()), false));
            todos.add(todo(user, desk, "todo.approval.overdue", Map.of("only", "overdue"), true));
        }
        return todos;
    }

    private Todo todo(CurrentUser user, ReviewQueue.Desk desk, String label, Map<String, String> filters,
            boolean urgent) {
        ListQuery link = ReviewQueue.link(desk, filters);
        Section section = desk == ReviewQueue.Desk.REVIEW ? Section.REVIEW : Section.APPROVAL;
        return new Todo(section, label, queue.count(user, desk, link), link.href(), urgent);
    }
}
