package cn.jiangxin.benefit;

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
 * What waits on a venue (the uses it recorded today that still count) and on a talent (the services usable now),
 * each counted by the same query as the list its link opens.
 */
@Component
class BenefitTodos implements TodoSource {

    private final Entitlements entitlements;
    private final RedemptionListing redemptions;
    private final CurrentUsers users;

    BenefitTodos(Entitlements entitlements, RedemptionListing redemptions, CurrentUsers users) {
        this.entitlements = entitlements;
        this.redemptions = redemptions;
        this.users = users;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        CurrentUser user = users.current().orElse(null);
        List<Todo> todos = new ArrayList<>();
        if (user == null) {
            return todos;
        }
        if (user.has(Role.PROVIDER)) {
            ListQuery today = RedemptionListing.countedOn(entitlements.today());
            todos.add(Todo.of(Section.VENUE, "benefit.todo.recordedToday", redemptions.count(user, today),
                    today.href()));
        }
        if (user.has(Role.TALENT)) {
            todos.add(Todo.of(Section.TALENT, "benefit.todo.usableServices",
                    entitlements.usableOfTalent(user).size(), "/my/entitlements?show=" + EntitlementPages.USABLE));
        }
        return todos;
    }
}
