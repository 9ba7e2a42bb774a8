package cn.jiangxin.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of talents, one per person of the registry, opened when a unit first submits a case for them. The user
 * name is “t” and seven random digits: short enough to type on a phone, and it says nothing about the person
 * (not their ID number, nor their mobile number, which the registry keeps encrypted and which may change). The
 * password is a one-time password that the officer hands over and the talent must change at first login.
 */
@Service
public class TalentAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int USERNAME_ATTEMPTS = 20;

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final AuditTrail audit;
    private final AccountSecurityStore security;
    private final PasswordResets resets;

    TalentAccounts(AccountStore store, PasswordEncoder encoder, Clock clock, AuditTrail audit,
            AccountSecurityStore security, PasswordResets resets) {
        this.store = store;
        this.encoder = encoder;
        this.clock = clock;
        this.audit = audit;
        this.security = security;
        this.resets = resets;
    }

    /** Opens the person's account with a one-time password; empty when the person already has an account. */
    @Transactional
    public Optional<IssuedCredentials> openFor(long personId, String displayName) {
        if (usernameOf(personId).isPresent()) {
            return Optional.empty();
        }
        String name = displayName == null || displayName.isBlank() ? "人才" : displayName.strip();
        for (int attempt = 0; attempt < USERNAME_ATTEMPTS; attempt++) {
            String username = "t" + (1_000_000 + RANDOM.nextInt(9_000_000));
            String password = OneTimePasswords.forUser(username);
            // empty: another submission may have opened the person's account meanwhile, or the name is taken
            if (store.insertTalent(username, name, encoder.encode(password), personId, clock.instant()).isPresent()) {
                audit.recordChange("TALENT_ACCOUNT_OPENED", "account", username, "person=" + personId);
                return Optional.of(new IssuedCredentials(username, password));
            }
            if (usernameOf(personId).isPresent()) {
                return Optional.empty();
            }
        }
        throw new IllegalStateException("no free talent user name after " + USERNAME_ATTEMPTS + " attempts");
    }

    /** The user name of the person's account, if they have one. */
    public Optional<String> usernameOf(long personId) {
        return store.ofPerson(personId).map(AccountStore.AccountName::username);
    }

    /**
     * Whether the nominating unit may still reset the password of the person's talent account: the account is only a
     * talent's and the talent has not logged in yet ({@link #resetPassword}).
     */
    public boolean unitMayResetPassword(long personId) {
        return store.ofPerson(personId).map(AccountStore.AccountName::id)
                .filter(id -> store.roleNames(id).equals(List.of(Role.TALENT.name())))
                .filter(id -> security.firstLogin(id).isEmpty())
                .isPresent();
    }

    /**
     * Gives the person's talent account a new one-time password (for a talent who lost theirs) and lifts a lockout.
     * This is the unit's reset, from the case page: only for an account that is nothing but a talent's, and only until
     * the talent's first login; after that only a Bureau administrator resets it ({@link AccountRegistry#resetPassword}).
     */
    @Transactional
    public IssuedCredentials resetPassword(long personId) {
        var account = store.ofPerson(personId)
                .orElseThrow(() -> new NotFoundException("talent account of person " + personId));
        long id = account.id();
        String username = account.username();
        List<String> roles = store.roleNames(id);
        if (!roles.equals(List.of(Role.TALENT.name()))) {
            throw new RuleViolationException("此账号不只是人才账号，请联系系统管理员重置密码");
        }
        if (security.firstLogin(id).isPresent()) {
            throw new RuleViolationException("该人才已登录过本平台，单位不能再重置其密码；请人才本人联系区人力社保局系统管理员重置");
        }
        return resets.reset(id, username, "TALENT_PASSWORD_RESET", "person=" + personId);
    }
}
