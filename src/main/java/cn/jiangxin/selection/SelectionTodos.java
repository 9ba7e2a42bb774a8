package cn.jiangxin.selection;

import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.stereotype.Component;

/**
 * What selection rounds have waiting: for policy staff the rounds whose window is over with candidates not yet
 * decided; for a unit officer the rounds open for proposals now. Each count is the total of the list it links to.
 */
@Component
class SelectionTodos implements TodoSource {

    private final CurrentUsers users;
    private final RoundListing listing;

    SelectionTodos(CurrentUsers users, RoundListing listing) {
        this.users = users;
        this.listing = listing;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        return users.current().map(this::waitingFor).orElse(List.of());
    }

    private List<Todo> waitingFor(CurrentUser user) {
        List<Todo> todos = new ArrayList<>();
        if (user.has(Role.POLICY_ADMIN)) {
            ListQuery query = ListQuery.filtered(RoundListing.SPEC, RoundListing.TO_DECIDE);
            todos.add(Todo.of(Section.POLICY, "todo.policy.selectionToDecide", listing.count(query), query.href()));
        }
        if (user.has(Role.UNIT_OFFICER) && user.unit().isPresent()) {
            ListQuery query = ListQuery.filtered(RoundListing.SPEC, RoundListing.PROPOSING);
            todos.add(Todo.of(Section.UNIT, "todo.unit.selectionProposing", listing.count(query), query.href()));
        }
        return todos;
    }
}
