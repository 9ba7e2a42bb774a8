package cn.jiangxin.offering;

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
 * What offerings have waiting: for policy staff the offerings that have begun with attendance not yet recorded; for a
 * unit officer the offerings open to units for sign-up now. Each count is the total of the list it links to.
 */
@Component
class OfferingTodos implements TodoSource {

    private final CurrentUsers users;
    private final OfferingListing listing;

    OfferingTodos(CurrentUsers users, OfferingListing listing) {
        this.users = users;
        this.listing = listing;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        return users.current().map(this::waitingFor).orElse(List.of());
    }

    private List<Todo> waitingFor(CurrentUser user) {
        List<Todo> todos = new ArrayList<>();
        if (Offerings.staff(user)) {
            ListQuery query = ListQuery.filtered(OfferingListing.SPEC, OfferingListing.ATTENDANCE);
            todos.add(Todo.of(Section.POLICY, "todo.policy.offeringAttendance", listing.count(query, null),
                    query.href()));
        }
        if (user.has(Role.UNIT_OFFICER) && user.unit().isPresent() && !Offerings.staff(user)) {
            ListQuery query = ListQuery.filtered(OfferingListing.SPEC, OfferingListing.OPEN);
            todos.add(Todo.of(Section.UNIT, "todo.unit.offeringsOpen", listing.count(query, user.unitId()),
                    query.href()));
        }
        return todos;
    }
}
