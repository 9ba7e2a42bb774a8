package cn.jiangxin.audit;

import java.util.List;

import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What waits on system administrators here: the state of the hash chain as the latest verification found it, a
 * broken link counted (urgent) and linked to the audit page, where the verifier runs. Recomputing the chain on
 * every visit of the work page would cost a pass over the whole log, so this reads the latest result; before any
 * verification on this node it counts 0 under a label that asks for one. The role is read from the security context,
 * as {@link AuditTrail} reads the signed-in user: identity depends on audit, so audit cannot use identity.
 */
@Component
class AuditTodos implements TodoSource {

    /** The audit page at its verification result: a state, not a list count. */
    static final String PAGE = "/admin/audit#verification";
    private static final String ADMIN = "ROLE_SYSTEM_ADMIN";

    private final AuditVerifier verifier;

    AuditTodos(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        if (!administrator()) {
            return List.of();
        }
        return List.of(verifier.latest()
                .map(v -> Todo.urgent(Section.ADMINISTRATION, "audit.todo.broken", v.intact() ? 0 : 1, PAGE))
                .orElseGet(() -> Todo.of(Section.ADMINISTRATION, "audit.todo.unverified", 0, PAGE)));
    }

    private static boolean administrator() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ADMIN::equals);
    }
}
