package cn.jiangxin.platform.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A page request that broke a rule, carried as a flash attribute to the page the user came from: the message, the
 * input it concerns (or none), the name of the form object the request was bound to (or none) and what the user
 * typed, so that the form comes back filled in. The flash map lives in the session (in the database), so secrets,
 * one-use keys and the numbers the system keeps only encrypted are never carried: passwords, one-time codes, the
 * CSRF token, idempotency keys (a new form gets a new key), ID numbers and bank account numbers; the user types
 * those again.
 *
 * @param message the rule's words, shown to the user
 * @param field the input concerned, or {@code null}
 * @param form the model name of the form object the refused request was bound to, or {@code null}
 * @param formType the class of that form object, or {@code null}: a page may show it under another name
 * @param typed the request parameters as sent, without the secrets and keys
 */
public record Refusal(String message, String field, String form, String formType, Map<String, List<String>> typed)
        implements Serializable {

    /** The flash attribute's name. */
    static final String FLASH = "refusal";

    private static final Set<String> NEVER_CARRIED = Set.of("_csrf", "_page", "code", "requestkey", "submissionkey");

    public Refusal {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a refusal says why");
        }
        typed = typed == null ? Map.of() : copy(typed);
    }

    static Refusal of(String message, String field, String form, Class<?> formType,
            Map<String, String[]> parameters) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (carried(name)) {
                typed.put(name, List.of(values));
            }
        });
        return new Refusal(message, field, form, formType == null ? null : formType.getName(), typed);
    }

    /** The first value typed into {@code name}, or {@code null}: for pages whose inputs are not a form object. */
    public String value(String name) {
        List<String> values = typed.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value typed into {@code name} (checkboxes, multiple choices); empty when none. */
    public List<String> values(String name) {
        return typed.getOrDefault(name, List.of());
    }

    static boolean carried(String parameter) {
        String name = parameter.toLowerCase(Locale.ROOT);
        return !NEVER_CARRIED.contains(name) && !name.contains("password") && !name.contains("secret")
                && !name.contains("idnumber") && !name.contains("accountnumber");
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> typed) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        typed.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
        return copy;
    }
}
