package cn.jiangxin.listimport;

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
 * What imported lists have waiting for policy staff: lists done with rejected rows nobody has downloaded yet, and lists
 * whose columns are confirmed but whose import was not started. Each count is the total of the list it links to.
 */
@Component
class ImportTodos implements TodoSource {

    private final CurrentUsers users;
    private final ImportListing listing;

    ImportTodos(CurrentUsers users, ImportListing listing) {
        this.users = users;
        this.listing = listing;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        return users.current().filter(u -> u.has(Role.POLICY_ADMIN)).map(this::waitingFor).orElse(List.of());
    }

    private List<Todo> waitingFor(CurrentUser user) {
        ListQuery rejected = ListQuery.filtered(ImportListing.SPEC, ImportListing.UNREVIEWED);
        ListQuery notStarted = ListQuery.filtered(ImportListing.SPEC, ImportListing.NOT_STARTED);
        return List.of(
                Todo.of(Section.POLICY, "todo.policy.importRejected", listing.count(rejected), rejected.href()),
                Todo.of(Section.POLICY, "todo.policy.importNotStarted", listing.count(notStarted),
                        notStarted.href()));
    }
}
