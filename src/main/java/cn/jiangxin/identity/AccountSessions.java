package cn.jiangxin.identity;

import jakarta.servlet.http.HttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends every session of an account, found by Spring Session's principal-name index, when what it was signed in with
 * no longer holds: disabled, new roles or unit, a new password. Its next request is anonymous and must sign in again,
 * which loads the account afresh.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    AccountSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /** Ends the sessions once the current transaction commits (at once without one), so a rollback keeps them. */
    void endAll(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(username);
                }
            });
        } else {
            end(username);
        }
    }

    private void end(String username) {
        HttpSession current = currentSession();
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (current != null && current.getId().equals(id)) {
                // through the request, so that it is not written back when the request ends
                current.invalidate();
            } else {
                sessions.deleteById(id);
            }
        }
    }

    private static HttpSession currentSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
    }
}
