package cn.jiangxin.identity;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, lists, enables, disables and unlocks accounts, and changes and resets their passwords. */
@Service
public class AccountRegistry {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final UnitChoices units;
    private final Clock clock;
    private final AuditTrail audit;
    private final AccountSecurityStore security;
    private final AccountSessions sessions;
    private final PasswordResets resets;

    AccountRegistry(AccountStore store, PasswordEncoder encoder, UnitChoices units, Clock clock, AuditTrail audit,
            AccountSecurityStore security, AccountSessions sessions, PasswordResets resets) {
        this.store = store;
        this.encoder = encoder;
        this.units = units;
        this.clock = clock;
        this.audit = audit;
        this.security = security;
        this.sessions = sessions;
        this.resets = resets;
    }

    @Transactional
    public long create(NewAccount account) {
        if (!USERNAME.matcher(account.username()).matches()) {
            throw new RuleViolationException("username", "用户名须为3-64位字母、数字或 . _ -");
        }
        if (account.displayName().isEmpty() || account.displayName().length() > 100) {
            throw new RuleViolationException("displayName", "请填写姓名（不超过100字）");
        }
        if (account.roles().isEmpty()) {
            throw new RuleViolationException("roles", "请至少选择一个角色");
        }
        requireRoleCombination(account.roles());
        requireUnitRule(account.roles(), account.unitId());
        PasswordPolicy.problem(account.username(), account.password()).ifPresent(p -> {
            throw new RuleViolationException("password", p);
        });
        long id;
        try {
            id = store.insert(account, encoder.encode(account.password()), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("username", "用户名“" + account.username() + "”已被使用");
        }
        audit.recordChange("ACCOUNT_CREATED", "account", account.username(),
                "roles=" + account.roles() + (account.unitId() == null ? "" : " unit=" + account.unitId()));
        return id;
    }

    public List<AccountSummary> list() {
        return store.list(clock.instant());
    }

    public Optional<AccountSummary> find(long id) {
        return list().stream().filter(a -> a.id() == id).findFirst();
    }

    public boolean anyWithRole(Role role) {
        return store.anyWithRole(role);
    }

    public boolean exists(String username) {
        return store.exists(username);
    }

    /**
     * Replaces the roles and unit of an account. A change ends the account's sessions, so that it applies from the
     * next login.
     */
    @Transactional
    public void assign(long id, Set<Role> roles, Long unitId) {
        AccountSummary account = find(id).orElseThrow(() -> new NotFoundException("account " + id));
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolationException("roles", "请至少选择一个角色");
        }
        requireRoleCombination(roles);
        requireUnitRule(roles, unitId);
        if (account.roles().contains(Role.SYSTEM_ADMIN) && !roles.contains(Role.SYSTEM_ADMIN) && lastAdministrator(id)) {
            throw new RuleViolationException("roles", "这是最后一个启用的系统管理员账号，不能取消其管理员角色");
        }
        store.assign(id, roles, unitId);
        audit.recordChange("ACCOUNT_ROLES_ASSIGNED", "account", account.username(),
                "roles=" + roles + (unitId == null ? "" : " unit=" + unitId));
        if (!account.roles().equals(roles) || !Objects.equals(account.unitId(), unitId)) {
            sessions.endAll(account.username());
        }
    }

    /** Sets or, when blank, clears the address notifications are mailed to. */
    @Transactional
    public void setEmail(long id, String email) {
        String address = EmailAddress.parse(email).orElse(null);
        String before = store.email(id).orElseThrow(() -> new NotFoundException("account " + id));
        if (before.equals(Objects.toString(address, ""))) {
            return;
        }
        store.setEmail(id, address);
        audit.recordChange("ACCOUNT_EMAIL_SET", "account", id, address == null ? "cleared" : "set");
    }

    /** Enables or disables an account, lifting its locks; disabling ends its sessions. */
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        AccountSummary account = find(id).orElseThrow(() -> new NotFoundException("account " + id));
        if (!enabled && account.roles().contains(Role.SYSTEM_ADMIN) && lastAdministrator(id)) {
            throw new RuleViolationException("enabled", "这是最后一个启用的系统管理员账号，不能停用");
        }
        store.setEnabled(id, enabled);
        security.unlock(id);
        audit.recordChange(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account", id, "");
        if (!enabled) {
            sessions.endAll(account.username());
        }
    }

    /** Lifts the locks for wrong passwords and wrong second-factor codes before they run out. */
    @Transactional
    public void unlock(long id) {
        if (!security.unlock(id)) {
            throw new NotFoundException("account " + id);
        }
        audit.recordChange("ACCOUNT_UNLOCKED", "account", id, "");
    }

    /**
     * An administrator gives another account a new one-time password, to be handed over and changed at the next login;
     * the account's sessions end and its holder is told. One's own password is changed on the password page instead.
     */
    @Transactional
    public IssuedCredentials resetPassword(long id, String administrator) {
        AccountSummary account = find(id).orElseThrow(() -> new NotFoundException("account " + id));
        if (account.username().equals(administrator)) {
            throw new RuleViolationException("password", "请在“修改密码”页面修改自己的密码");
        }
        return resets.reset(id, account.username(), "PASSWORD_RESET", "");
    }

    /** The user's own change; it ends all their sessions, this one too: they sign in again with the new password. */
    @Transactional
    public void changePassword(String username, String current, String next) {
        String hash = store.passwordHash(username).orElseThrow(() -> new NotFoundException("account"));
        if (!PasswordPolicy.fitsHash(current) || !encoder.matches(current, hash)) {
            throw new RuleViolationException("current", "当前密码不正确");
        }
        if (current.equals(next)) {
            throw new RuleViolationException("next", "新密码不能与当前密码相同");
        }
        PasswordPolicy.problem(username, next).ifPresent(p -> {
            throw new RuleViolationException("next", p);
        });
        store.setOwnPassword(username, encoder.encode(next));
        audit.recordChange("PASSWORD_CHANGED", "account", username, "");
        sessions.endAll(username);
    }

    private boolean lastAdministrator(long id) {
        return store.noOtherEnabledAdministrator(id);
    }

    private static void requireRoleCombination(Set<Role> roles) {
        RoleCombinationRule.refusal(roles).ifPresent(reason -> {
            throw new RuleViolationException("roles", reason);
        });
    }

    private void requireUnitRule(Set<Role> roles, Long unitId) {
        if (roles.contains(Role.UNIT_OFFICER)) {
            if (unitId == null || units.find(unitId).isEmpty()) {
                throw new RuleViolationException("unitId", "单位经办人必须指定所属单位");
            }
        } else if (unitId != null) {
            throw new RuleViolationException("unitId", "只有单位经办人可以关联单位");
        }
    }
}
