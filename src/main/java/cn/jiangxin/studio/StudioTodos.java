package cn.jiangxin.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.stereotype.Component;

/**
 * What studios have waiting: reviewers the applications to review and the assessments to score; approvers the
 * applications to decide and the scores to confirm; a unit officer the applications returned to the unit. Each count
 * is the total of the list it links to.
 */
@Component
class StudioTodos implements TodoSource {

    private final CurrentUsers users;
    private final StudioListing listing;

    StudioTodos(CurrentUsers users, StudioListing listing) {
        this.users = users;
        this.listing = listing;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        return users.current().map(this::waitingFor).orElse(List.of());
    }

    private List<Todo> waitingFor(CurrentUser user) {
        List<Todo> todos = new ArrayList<>();
        if (user.has(Role.REVIEWER)) {
            todos.add(todo(Section.REVIEW, "todo.studio.toReview", StudioListing.STAFF, StudioListing.TO_REVIEW, null));
            todos.add(todo(Section.REVIEW, "todo.studio.toScore", StudioListing.STAFF, StudioListing.TO_SCORE, null));
        }
        if (user.has(Role.APPROVER)) {
            todos.add(todo(Section.APPROVAL, "todo.studio.toDecide", StudioListing.STAFF, StudioListing.TO_DECIDE,
                    null));
            todos.add(todo(Section.APPROVAL, "todo.studio.toConfirm", StudioListing.STAFF, StudioListing.TO_CONFIRM,
                    null));
        }
        if (user.has(Role.UNIT_OFFICER) && user.unit().isPresent()) {
            todos.add(todo(Section.UNIT, "todo.studio.returned", StudioListing.UNIT, StudioListing.RETURNED,
                    user.unitId()));
        }
        return todos;
    }

    private Todo todo(Section section, String label, ListSpec spec, Map<String, String> filters, Long unitId) {
        ListQuery query = ListQuery.filtered(spec, filters);
        return Todo.of(section, label, listing.count(query, unitId), query.href());
    }
}
