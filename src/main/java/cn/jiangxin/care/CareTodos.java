package cn.jiangxin.care;

import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.stereotype.Component;

/**
 * What holiday care has waiting for policy staff: rounds whose window has ended with planned visits neither recorded
 * nor marked not reached, and open rounds with due talents not yet added. Each count is the total of the list it
 * links to.
 */
@Component
class CareTodos implements TodoSource {

    private final CurrentUsers users;
    private final CareListing listing;

    CareTodos(CurrentUsers users, CareListing listing) {
        this.users = users;
        this.listing = listing;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        return users.current().map(this::waitingFor).orElse(List.of());
    }

    private List<Todo> waitingFor(CurrentUser user) {
        List<Todo> todos = new ArrayList<>();
        if (user.has(cn.jiangxin.identity.Role.POLICY_ADMIN)) {
            ListQuery overdue = ListQuery.filtered(CareListing.SPEC, CareListing.OVERDUE);
            todos.add(Todo.of(Section.POLICY, "todo.policy.careOverdue", listing.count(overdue), overdue.href()));
            ListQuery due = ListQuery.filtered(CareListing.SPEC, CareListing.DUE);
            todos.add(Todo.of(Section.POLICY, "todo.policy.careDue", listing.count(due), due.href()));
        }
        return todos;
    }
}
