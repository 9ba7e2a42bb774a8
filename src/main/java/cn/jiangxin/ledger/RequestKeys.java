package cn.jiangxin.ledger;

import java.util.UUID;
import java.util.regex.Pattern;

import cn.jiangxin.platform.RuleViolationException;

/**
 * Idempotency keys of the money endpoints: the {@code Idempotency-Key} header, or the hidden {@code requestKey}
 * of the form the page rendered. A repeat with the same key returns the first result.
 */
public final class RequestKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private RequestKeys() {
    }

    /** A fresh key for a form being rendered. */
    public static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** The header's key if sent, else the form's. */
    public static String of(String header, String form) {
        String key = header != null && !header.isBlank() ? header.strip() : form == null ? "" : form.strip();
        if (!FORM.matcher(key).matches()) {
            throw new RuleViolationException("requestKey", "请求缺少有效的幂等编号（Idempotency-Key），请刷新页面后重试");
        }
        return key;
    }
}
