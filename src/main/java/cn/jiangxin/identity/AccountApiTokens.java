package cn.jiangxin.identity;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * API tokens that act as one account (a venue's, for the card API): system administrators issue them per account
 * (the token is shown once, only its SHA-256 hash is stored) and revoke them; audited.
 */
@Service
public class AccountApiTokens {

    private final ApiTokens tokens;
    private final AccountRegistry accounts;

    AccountApiTokens(ApiTokens tokens, AccountRegistry accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** One token of the account, as its list shows it (never the token itself). */
    public record Listed(long id, String prefix, String createdBy, java.time.Instant createdAt,
            java.time.Instant revokedAt) {
    }

    /** Issues a token for the account and answers it: the only time it is ever shown. */
    public String issue(CurrentUser admin, long accountId) {
        requireAdmin(admin);
        AccountSummary account = accounts.find(accountId)
                .orElseThrow(() -> new cn.jiangxin.platform.NotFoundException("account " + accountId));
        return tokens.issueForAccount(accountId, account.displayName(), admin.username()).token();
    }

    public List<Listed> of(long accountId) {
        return tokens.ofAccount(accountId).stream()
                .map(t -> new Listed(t.id(), t.prefix(), t.createdBy(), t.createdAt(), t.revokedAt())).toList();
    }

    public void revoke(CurrentUser admin, long accountId, long tokenId) {
        requireAdmin(admin);
        tokens.revokeOfAccount(accountId, tokenId);
    }

    /** A token of known text for the account, unless stored already: the demo venue's published demo token. */
    public void ensure(long accountId, String token) {
        AccountSummary account = accounts.find(accountId)
                .orElseThrow(() -> new cn.jiangxin.platform.NotFoundException("account " + accountId));
        tokens.ensureForAccount(accountId, account.displayName(), token);
    }

    private static void requireAdmin(CurrentUser admin) {
        if (!admin.has(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("only system administrators issue API tokens");
        }
    }
}
