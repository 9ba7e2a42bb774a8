package cn.jiangxin.identity;

import java.time.Instant;
import java.util.Objects;

/** Someone else gave the account a new one-time password; its holder should hear of it. */
public record AccountPasswordReset(long accountId, Instant at) {

    public AccountPasswordReset {
        Objects.requireNonNull(at, "at");
    }
}
