package cn.jiangxin.notice;

import java.util.List;
import java.util.Map;

import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.stereotype.Component;

/**
 * What waits on an approver in public notice: cases whose notice is over and that wait for certification (urgent),
 * and objections still open. Each count is the total of the list its link opens, by the same Store query.
 */
@Component
class NoticeTodos implements TodoSource {

    static final ListQuery AWAITING_CERTIFICATION = filtered(NoticeListing.CASES, "state", "awaiting");
    static final ListQuery OPEN_OBJECTIONS = filtered(ObjectionListing.SPEC, "status", "open");

    private final NoticeListing notices;
    private final ObjectionListing objections;
    private final CurrentUsers users;

    NoticeTodos(NoticeListing notices, ObjectionListing objections, CurrentUsers users) {
        this.notices = notices;
        this.objections = objections;
        this.users = users;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        if (users.current().filter(u -> u.has(Role.APPROVER)).isEmpty()) {
            return List.of();
        }
        return List.of(
                Todo.urgent(Section.APPROVAL, "notice.todo.awaitingCertification",
                        notices.caseCount(AWAITING_CERTIFICATION), AWAITING_CERTIFICATION.href()),
                Todo.of(Section.APPROVAL, "notice.todo.openObjections", objections.count(OPEN_OBJECTIONS),
                        OPEN_OBJECTIONS.href()));
    }

    private static ListQuery filtered(ListSpec spec, String filter, String value) {
        ListQuery first = ListQuery.first(spec);
        return new ListQuery(spec, "", 1, first.size(), first.sort(), first.descending(), Map.of(filter, value));
    }
}
