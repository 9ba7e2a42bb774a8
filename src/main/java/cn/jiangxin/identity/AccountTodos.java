package cn.jiangxin.identity;

import java.util.List;
import java.util.Map;

import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.stereotype.Component;

/** What waits on system administrators here: the accounts locked now, counted as the filtered account list counts. */
@Component
class AccountTodos implements TodoSource {

    /** The account list filtered to the accounts locked now. */
    static final ListQuery LOCKED = ListQuery.parse(AccountListing.SPEC,
            Map.of("state", new String[] {AccountListing.LOCKED}));

    private final AccountListing listing;
    private final CurrentUsers users;

    AccountTodos(AccountListing listing, CurrentUsers users) {
        this.listing = listing;
        this.users = users;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        if (users.current().filter(u -> u.has(Role.SYSTEM_ADMIN)).isEmpty()) {
            return List.of();
        }
        return List.of(Todo.of(Section.ADMINISTRATION, "identity.todo.locked", listing.count(LOCKED), LOCKED.href()));
    }
}
