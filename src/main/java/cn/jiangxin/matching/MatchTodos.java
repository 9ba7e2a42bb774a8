package cn.jiangxin.matching;

import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.stereotype.Component;

/** What matching has waiting for policy staff: uncertain matches to confirm or reject (the count of the list it opens). */
@Component
class MatchTodos implements TodoSource {

    private final CurrentUsers users;
    private final MatchListing listing;

    MatchTodos(CurrentUsers users, MatchListing listing) {
        this.users = users;
        this.listing = listing;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        return users.current().filter(u -> u.has(Role.POLICY_ADMIN)).map(this::waitingFor).orElse(List.of());
    }

    private List<Todo> waitingFor(CurrentUser user) {
        ListQuery query = ListQuery.filtered(MatchListing.ALL, MatchListing.WAITING);
        return List.of(Todo.of(Section.POLICY, "todo.matching.waiting", listing.count(query, null), query.href()));
    }
}
