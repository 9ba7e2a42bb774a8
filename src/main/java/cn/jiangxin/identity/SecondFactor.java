package cn.jiangxin.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TOTP second factor (SEC-3): enrolment with an authenticator app, verification at login, and reset by an
 * administrator when a phone is lost. Secrets are stored SM4-encrypted; each code works only once.
 */
@Service
public class SecondFactor {

    private static final String ISSUER = "Jiangxin";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    SecondFactor(JdbcClient jdbc, FieldCipher cipher, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.audit = audit;
    }

    public record Enrollment(String secret, String otpauthUri) {
    }

    public boolean enrolled(String username) {
        return jdbc.sql("SELECT totp_secret FROM account WHERE username = ?").param(username)
                .query(String.class).optional().isPresent();
    }

    /**
     * The secret to scan, kept pending until the user proves with a code that the app has it. A page refresh or a
     * wrong code shows the same secret again, so what the user has already scanned stays valid.
     */
    @Transactional
    public Enrollment start(String username) {
        String pending = jdbc.sql("SELECT totp_pending_secret FROM account WHERE username = ?").param(username)
                .query(String.class).optional().map(cipher::decrypt).orElse(null);
        String base32 = pending;
        if (base32 == null) {
            byte[] secret = new byte[20];
            random.nextBytes(secret);
            base32 = Base32.encode(secret);
            requireUpdated(jdbc.sql("UPDATE account SET totp_pending_secret = ? WHERE username = ?")
                    .params(cipher.encrypt(base32), username).update());
        }
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrollment(base32, "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    @Transactional
    public void confirm(String username, String code) {
        String pending = jdbc.sql("SELECT totp_pending_secret FROM account WHERE username = ?").param(username)
                .query(String.class).optional().orElseThrow(() -> new RuleViolationException("code", "请先扫描二维码"));
        OptionalLong step = Totp.verify(Base32.decode(cipher.decrypt(pending)), code, clock.instant(), 0);
        if (step.isEmpty()) {
            throw new RuleViolationException("code", "验证码不正确，请输入验证器App上当前显示的6位数字");
        }
        jdbc.sql("""
                UPDATE account SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = ?
                WHERE username = ?""").params(step.getAsLong(), username).update();
        audit.recordChange("SECOND_FACTOR_ENROLLED", "account", username, "");
    }

    /** True, once, for a valid current code; a replayed code is refused. */
    @Transactional
    public boolean verify(String username, String code) {
        var row = jdbc.sql("SELECT totp_secret, totp_last_step FROM account WHERE username = ?").param(username)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).optional();
        if (row.isEmpty() || row.get()[0] == null) {
            return false;
        }
        byte[] secret = Base32.decode(cipher.decrypt((String) row.get()[0]));
        OptionalLong step = Totp.verify(secret, code, clock.instant(), (Long) row.get()[1]);
        boolean ok = step.isPresent() && jdbc.sql(
                "UPDATE account SET totp_last_step = ? WHERE username = ? AND totp_last_step < ?")
                .params(step.getAsLong(), username, step.getAsLong()).update() == 1;
        audit.recordIndependently(new cn.jiangxin.audit.AuditEvent(username, "SECOND_FACTOR", "account", username,
                ok ? cn.jiangxin.audit.AuditEvent.Outcome.SUCCESS : cn.jiangxin.audit.AuditEvent.Outcome.FAILED, ""));
        return ok;
    }

    @Transactional
    public void reset(long accountId) {
        requireUpdated(jdbc.sql("""
                UPDATE account SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = 0 WHERE id = ?""")
                .param(accountId).update());
        audit.recordChange("SECOND_FACTOR_RESET", "account", accountId, "");
    }

    private static void requireUpdated(int rows) {
        if (rows == 0) {
            throw new NotFoundException("account");
        }
    }
}
