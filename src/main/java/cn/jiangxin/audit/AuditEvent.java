package cn.jiangxin.audit;

import java.util.Objects;

/**
 * What happened: who did which action to which object, and how it ended. {@code detail} must never hold a full ID
 * number, phone number or bank account; use masked values.
 */
public record AuditEvent(String actor, String action, String objectType, String objectId, Outcome outcome,
        String detail) {

    public enum Outcome {
        SUCCESS,
        DENIED,
        FAILED
    }

    public AuditEvent {
        actor = clip(Objects.requireNonNullElse(actor, "anonymous"), 100);
        action = clip(Objects.requireNonNull(action, "action"), 60);
        objectType = clip(Objects.requireNonNull(objectType, "objectType"), 60);
        objectId = clip(Objects.requireNonNullElse(objectId, ""), 100);
        Objects.requireNonNull(outcome, "outcome");
        detail = clip(Objects.requireNonNullElse(detail, ""), 1000);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
