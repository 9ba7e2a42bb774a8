package cn.jiangxin.benefit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

import cn.jiangxin.platform.RuleViolationException;

/**
 * A venue asks to record one use of a service by a talent on a day. {@code idempotencyKey} is chosen by the venue
 * per intended use (the page puts a fresh one in each form): sending the same key again records nothing new. A use
 * from a card scan carries the digest of the token scanned: the same key with another token is refused.
 */
record RedemptionRequest(long personId, String code, LocalDate usedOn, String idempotencyKey, String tokenDigest) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

    public RedemptionRequest {
        Objects.requireNonNull(usedOn, "usedOn");
        if (code == null || code.isBlank()) {
            throw new RuleViolationException("code", "请选择服务项目");
        }
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw new RuleViolationException("idempotencyKey", "请求编号无效，请刷新页面后重试");
        }
        if (tokenDigest != null && !tokenDigest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("token digest is SHA-256 in lower-case hex");
        }
    }

    /** A use recorded by ID number (staff at the venue's desk), with no card token. */
    RedemptionRequest(long personId, String code, LocalDate usedOn, String idempotencyKey) {
        this(personId, code, usedOn, idempotencyKey, null);
    }
}
