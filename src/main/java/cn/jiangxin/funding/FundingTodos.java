package cn.jiangxin.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.stereotype.Component;

/**
 * What studio funding has waiting: for finance the funding ready for a payment batch (待制单); for a unit officer the
 * unit's funding waiting for the unit's bank account. Each count is the total of the list its link opens, asked with
 * the same query. (Batches to approve and results to record are counted for every kind on the reward's to-dos.)
 */
@Component
class FundingTodos implements TodoSource {

    static final Map<String, String> TO_BATCH = Map.of("state", FundingState.READY.name());
    static final Map<String, String> NO_BANK = Map.of("state", FundingState.AWAITING_BANK_DETAILS.name());

    private final CurrentUsers users;
    private final FundingListing listing;

    FundingTodos(CurrentUsers users, FundingListing listing) {
        this.users = users;
        this.listing = listing;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        return users.current().map(this::waitingFor).orElse(List.of());
    }

    private List<Todo> waitingFor(CurrentUser user) {
        List<Todo> todos = new ArrayList<>();
        if (user.has(Role.FINANCE)) {
            ListQuery toBatch = ListQuery.filtered(FundingListing.FINANCE, TO_BATCH);
            todos.add(Todo.of(Section.FINANCE, "todo.funding.toBatch", listing.count(user, toBatch), toBatch.href()));
        }
        if (user.has(Role.UNIT_OFFICER) && user.unit().isPresent()) {
            ListQuery noBank = ListQuery.filtered(FundingListing.UNIT, NO_BANK);
            todos.add(Todo.of(Section.UNIT, "todo.funding.bankAccount", listing.count(user, noBank), noBank.href()));
        }
        return todos;
    }
}
