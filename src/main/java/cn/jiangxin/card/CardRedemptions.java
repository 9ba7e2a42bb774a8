package cn.jiangxin.card;

import java.util.UUID;
import java.util.regex.Pattern;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.benefit.CardUse;
import cn.jiangxin.benefit.Entitlements;
import cn.jiangxin.benefit.RedemptionRefused;
import cn.jiangxin.certification.Certification;
import cn.jiangxin.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A venue records a use from a scanned card, exactly once per scan id: an earlier scan id answers what it answered
 * (or is refused when it came with another token or service); otherwise the token must verify, and the benefit module
 * records the use against the support year's quota under the scan id (its unique key is the last line against
 * races). Every outcome is audited with venue, certificate, service and scan id.
 */
@Component
class CardRedemptions {

    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final CardVerifications verifications;
    private final Entitlements entitlements;
    private final AuditTrail audit;

    CardRedemptions(CardVerifications verifications, Entitlements entitlements, AuditTrail audit) {
        this.verifications = verifications;
        this.entitlements = entitlements;
        this.audit = audit;
    }

    /**
     * Whether a valid token's talent may use the service at this venue today as far as bookings go: refused
     * ({@code BOOKING_REQUIRED}) when the service is by appointment only and no booking is due today here.
     */
    Booking booking(CurrentUser venue, CardToken token, String service) {
        var c = verifications.certificationOf(token);
        if (c.isEmpty() || service == null) {
            return Booking.NONE;
        }
        if (entitlements.bookedToday(venue, c.get().personId(), service)) {
            return Booking.DUE_TODAY;
        }
        return entitlements.bookingRequired(service) ? Booking.MISSING : Booking.NONE;
    }

    /** A booking due today here, none needed, or one needed and missing. */
    enum Booking {
        DUE_TODAY, NONE, MISSING
    }

    /** A recorded (or repeated) use with the token's masked name and certificate number. */
    record Redeemed(CardUse use, String cn, String nm, String scanId) {
    }

    static boolean isScanId(String scanId) {
        return scanId != null && UUID_FORM.matcher(scanId).matches();
    }

    /**
     * @throws CardRefused with the contract's code
     * @throws IllegalArgumentException when the scan id is no UUID (a malformed request)
     */
    Redeemed redeem(CurrentUser venue, String token, String service, String scanId) {
        if (!isScanId(scanId)) {
            throw new IllegalArgumentException("scanId must be a UUID");
        }
        String key = UUID.fromString(scanId).toString();
        String text = token == null ? "" : token.strip();
        String code = service == null ? "" : service.strip();
        String digest = CardToken.digest(text);
        try {
            var earlier = entitlements.earlierScan(venue, key, code, digest);
            if (earlier.isPresent()) {
                CardToken parsed = CardToken.parse(text).orElseThrow();
                return audited(venue, new Redeemed(earlier.get(), parsed.cn(), parsed.nm(), key));
            }
            TokenRules.Verdict verdict = verifications.verify(text);
            if (!verdict.valid()) {
                throw new CardRefused(verdict.refusal(), verdict.token());
            }
            Certification c = verifications.certificationOf(verdict.token())
                    .orElseThrow(() -> new CardRefused(CardRefusal.INVALID_TOKEN, verdict.token()));
            CardUse use = entitlements.redeemScanned(venue, c.personId(), code, key, digest);
            return audited(venue, new Redeemed(use, verdict.token().cn(), verdict.token().nm(), key));
        } catch (RedemptionRefused e) {
            throw refusedAudited(venue, code, key, text, new CardRefused(switch (e.reason()) {
                case UNKNOWN_SERVICE -> CardRefusal.UNKNOWN_SERVICE;
                case SERVICE_NOT_OFFERED -> CardRefusal.SERVICE_NOT_OFFERED;
                case QUOTA_EXHAUSTED -> CardRefusal.QUOTA_EXHAUSTED;
                case KEY_REUSED -> CardRefusal.SCAN_ID_REUSED;
                case NOT_ENTITLED -> CardRefusal.OUTSIDE_SUPPORT_PERIOD;
                case BOOKING_REQUIRED -> CardRefusal.BOOKING_REQUIRED;
            }, CardToken.parse(text).orElse(null)));
        } catch (CardRefused e) {
            throw refusedAudited(venue, code, key, text, e);
        }
    }

    private Redeemed audited(CurrentUser venue, Redeemed r) {
        audit.recordIndependently(new AuditEvent(venue.username(), "CARD_REDEEMED", "service_redemption",
                String.valueOf(r.use().redemptionId()), AuditEvent.Outcome.SUCCESS, "cn=" + r.cn() + " service="
                + r.use().service() + " scanId=" + r.scanId() + " outcome=" + (r.use().repeated() ? "REPEATED" : "REDEEMED")
                + (r.use().booked() ? " booking=" + r.use().bookedFor() : "")));
        return r;
    }

    private CardRefused refusedAudited(CurrentUser venue, String service, String scanId, String text, CardRefused e) {
        String cn = e.token() != null ? e.token().cn() : CardToken.parse(text).map(CardToken::cn).orElse("-");
        audit.recordIndependently(new AuditEvent(venue.username(), "CARD_REDEMPTION_REFUSED", "service_redemption", "",
                AuditEvent.Outcome.DENIED, "cn=" + cn + " service=" + service + " scanId=" + scanId + " outcome="
                + e.refusal()));
        return e;
    }
}
