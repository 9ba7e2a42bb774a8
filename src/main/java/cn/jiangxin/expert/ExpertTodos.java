package cn.jiangxin.expert;

import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.stereotype.Component;

/** Draws waiting for a supervisor's co-signature (staff), and draws waiting for the talent's answer. */
@Component
class ExpertTodos implements TodoSource {

    private final NeedListing needs;
    private final NeedStore store;
    private final CurrentUsers users;

    ExpertTodos(NeedListing needs, NeedStore store, CurrentUsers users) {
        this.needs = needs;
        this.store = store;
        this.users = users;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        CurrentUser user = users.current().orElse(null);
        List<Todo> todos = new ArrayList<>();
        if (user == null) {
            return todos;
        }
        if (user.has(Role.APPROVER)) {
            var committed = NeedListing.inState(Need.COMMITTED);
            todos.add(Todo.of(Section.APPROVAL, "expert.todo.cosign", needs.count(committed), committed.href()));
        }
        if (user.has(Role.TALENT) && user.person().isPresent()) {
            long waiting = store.waitingAnswers(user.personId());
            todos.add(waiting > 0 ? Todo.urgent(Section.TALENT, "expert.todo.answer", waiting, "/my/expert#draws")
                    : Todo.of(Section.TALENT, "expert.todo.answer", waiting, "/my/expert#draws"));
        }
        return todos;
    }
}
