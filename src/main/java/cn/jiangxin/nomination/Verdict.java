package cn.jiangxin.nomination;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A workflow rule's answer: allowed, or refused with a message the user reads and the form field it concerns (null
 * when it concerns no single field).
 */
record Verdict(String field, String message) {

    private static final Verdict ALLOWED = new Verdict(null, null);

    Verdict {
        if (message == null && field != null) {
            throw new IllegalArgumentException("an allowed verdict names no field");
        }
        if (message != null && message.isBlank()) {
            throw new IllegalArgumentException("a refusal says why");
        }
    }

    static Verdict allowed() {
        return ALLOWED;
    }

    static Verdict refused(String message) {
        return new Verdict(null, Objects.requireNonNull(message, "message"));
    }

    static Verdict refused(String field, String message) {
        return new Verdict(field, Objects.requireNonNull(message, "message"));
    }

    /** Refused for what is still missing: every gap after {@code lead}, pointing at the first gap's field. */
    static Verdict refusedFor(String lead, List<CaseFacts.Gap> gaps) {
        return refused(gaps.get(0).field(),
                lead + gaps.stream().map(CaseFacts.Gap::message).collect(Collectors.joining("；")));
    }

    /** The first refusal of the rules, asked in order (a rule after a refusal is not asked), or allowed. */
    static <R> Verdict first(List<R> rules, Function<R, Verdict> ask) {
        for (R rule : rules) {
            Verdict v = ask.apply(rule);
            if (v.isRefused()) {
                return v;
            }
        }
        return ALLOWED;
    }

    boolean isAllowed() {
        return message == null;
    }

    boolean isRefused() {
        return message != null;
    }

    /** @throws TransitionRefusedException when refused */
    void orThrow() {
        if (isRefused()) {
            throw new TransitionRefusedException(field, message);
        }
    }
}
