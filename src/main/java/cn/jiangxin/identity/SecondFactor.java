package cn.jiangxin.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.crypto.FieldCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TOTP second factor (SEC-3): enrolment with an authenticator app, verification at login, and reset by an
 * administrator when a phone is lost. Secrets are stored SM4-encrypted; each code works only once, and wrong codes
 * lock the account like wrong passwords ({@link LoginAttempts}).
 */
@Service
class SecondFactor {

    private static final String ISSUER = "Jiangxin";

    private final FieldCipher cipher;
    private final Clock clock;
    private final AuditTrail audit;
    private final LoginAttempts attempts;
    private final AccountSecurityStore store;
    private final SecureRandom random = new SecureRandom();

    SecondFactor(FieldCipher cipher, Clock clock, AuditTrail audit, LoginAttempts attempts,
            AccountSecurityStore store) {
        this.cipher = cipher;
        this.clock = clock;
        this.audit = audit;
        this.attempts = attempts;
        this.store = store;
    }

    public record Enrollment(String secret, String otpauthUri) {
    }

    public boolean enrolled(String username) {
        return store.totpSecret(username).isPresent();
    }

    /**
     * The secret to scan, kept pending until the user proves with a code that the app has it. A page refresh or a
     * wrong code shows the same secret again, so what the user has already scanned stays valid.
     */
    @Transactional
    public Enrollment start(String username) {
        String pending = store.pendingTotpSecret(username).map(cipher::decrypt).orElse(null);
        String base32 = pending;
        if (base32 == null) {
            byte[] secret = new byte[20];
            random.nextBytes(secret);
            base32 = Base32.encode(secret);
            requireUpdated(store.setPendingTotpSecret(username, cipher.encrypt(base32)));
        }
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrollment(base32, "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    @Transactional
    public void confirm(String username, String code) {
        String pending = store.pendingTotpSecret(username).orElseThrow(() -> new RuleViolationException("code", "请先扫描二维码"));
        OptionalLong step = Totp.verify(Base32.decode(cipher.decrypt(pending)), code, clock.instant(), 0);
        if (step.isEmpty()) {
            throw new RuleViolationException("code", "验证码不正确，请输入验证器App上当前显示的6位数字");
        }
        store.confirmPendingTotpSecret(username, step.getAsLong());
        audit.recordChange("SECOND_FACTOR_ENROLLED", "account", username, "");
    }

    /** How a code entered at login was taken. */
    enum CodeCheck {
        ACCEPTED,
        /** Wrong, or already used; the user may try again. */
        WRONG,
        /** Not accepted, and the account is locked for wrong codes: the sign-in ends. */
        LOCKED
    }

    /**
     * Checks a code entered at login. The attempt is counted for the account before the code is compared, so no
     * more codes than the limit are checked per lock, however many sessions send them at once; a code works only
     * once. Not in one transaction: the count must stand whatever happens next.
     */
    CodeCheck verify(String username, String code) {
        if (!attempts.countCode(username)) {
            record(username, AuditEvent.Outcome.DENIED, "locked");
            return CodeCheck.LOCKED;
        }
        var row = store.totpState(username);
        if (row.secret() == null) {
            return CodeCheck.WRONG; // an administrator reset the second factor meanwhile
        }
        byte[] secret = Base32.decode(cipher.decrypt(row.secret()));
        OptionalLong step = Totp.verify(secret, code, clock.instant(), row.lastStep());
        boolean ok = step.isPresent() && store.codeAccepted(username, step.getAsLong());
        record(username, ok ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILED, "");
        if (ok) {
            return CodeCheck.ACCEPTED;
        }
        return attempts.codesLocked(username) ? CodeCheck.LOCKED : CodeCheck.WRONG;
    }

    private void record(String username, AuditEvent.Outcome outcome, String detail) {
        audit.recordIndependently(new AuditEvent(username, "SECOND_FACTOR", "account", username, outcome, detail));
    }

    @Transactional
    public void reset(long accountId) {
        requireUpdated(store.resetSecondFactor(accountId));
        audit.recordChange("SECOND_FACTOR_RESET", "account", accountId, "");
    }

    private static void requireUpdated(boolean updated) {
        if (!updated) {
            throw new NotFoundException("account");
        }
    }
}
