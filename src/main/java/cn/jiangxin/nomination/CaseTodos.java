package cn.jiangxin.nomination;

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
 * What waits on a unit officer in the case list: drafts to finish, cases returned for changes (in red: the Bureau
 * waits on the unit), and forms still without the stamped scan. Each count is the total of the list it links to.
 */
@Component
class CaseTodos implements TodoSource {

    private final CaseList list;
    private final CurrentUsers users;

    CaseTodos(CaseList list, CurrentUsers users) {
        this.list = list;
        this.users = users;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        CurrentUser user = users.current().orElse(null);
        if (user == null || !user.has(Role.UNIT_OFFICER) || user.unit().isEmpty()) {
            return List.of();
        }
        return List.of(
                todo(user, "todo.unit.drafts", Map.of("state", NominationState.DRAFT.name()), false),
                todo(user, "todo.unit.returned", Map.of("state", NominationState.RETURNED.name()), true),
                todo(user, "todo.unit.stampedForm", Map.of("only", CaseList.STAMPED_FORM), false));
    }

    private Todo todo(CurrentUser user, String label, Map<String, String> filters, boolean urgent) {
        ListQuery link = CaseList.link(filters);
        return new Todo(Section.UNIT, label, list.count(user, link), link.href(), urgent);
    }
}
