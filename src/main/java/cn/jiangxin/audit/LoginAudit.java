package cn.jiangxin.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Every login, successful or not, goes into the audit log. */
@Component
class LoginAudit {

    private final AuditTrail trail;

    LoginAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String who = event.getAuthentication().getName();
        trail.recordIndependently(new AuditEvent(who, "LOGIN", "account", who, AuditEvent.Outcome.SUCCESS, ""));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String who = String.valueOf(event.getAuthentication().getPrincipal());
        trail.recordIndependently(new AuditEvent(who, "LOGIN", "account", who, AuditEvent.Outcome.FAILED,
                event.getException().getClass().getSimpleName()));
    }
}
