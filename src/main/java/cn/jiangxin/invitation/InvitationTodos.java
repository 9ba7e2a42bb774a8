package cn.jiangxin.invitation;

import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.stereotype.Component;

/** What waits on a unit officer: invitations to nominate one of the unit's people, still to answer. */
@Component
class InvitationTodos implements TodoSource {

    private final CurrentUsers users;
    private final CandidateListing listing;

    InvitationTodos(CurrentUsers users, CandidateListing listing) {
        this.users = users;
        this.listing = listing;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        CurrentUser user = users.current().orElse(null);
        if (user == null || !user.has(Role.UNIT_OFFICER) || user.unit().isEmpty()) {
            return List.of();
        }
        ListQuery open = ListQuery.filtered(CandidateListing.INVITATIONS, CandidateListing.OPEN);
        return List.of(Todo.of(Section.UNIT, "todo.unit.invitations", listing.countInvitations(user.unit().get(), open),
                open.href()));
    }
}
