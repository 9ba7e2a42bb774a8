package cn.jiangxin.policy;

import java.util.List;
import java.util.Map;

import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.stereotype.Component;

/** What waits on policy staff here: the draft versions, counted as the version list filtered to drafts counts them. */
@Component
class PolicyTodos implements TodoSource {

    /** The version list filtered to drafts. */
    static final ListQuery DRAFTS = ListQuery.parse(PolicyListing.SPEC, Map.of("status", new String[] {"DRAFT"}));

    private final PolicyListing listing;
    private final CurrentUsers users;

    PolicyTodos(PolicyListing listing, CurrentUsers users) {
        this.listing = listing;
        this.users = users;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        if (users.current().filter(u -> u.has(Role.POLICY_ADMIN)).isEmpty()) {
            return List.of();
        }
        return List.of(Todo.of(Section.POLICY, "policy.todo.drafts", listing.count(DRAFTS), DRAFTS.href()));
    }
}
