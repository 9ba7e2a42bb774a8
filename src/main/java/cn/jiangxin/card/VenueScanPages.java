package cn.jiangxin.card;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.jiangxin.benefit.Entitlement;
import cn.jiangxin.benefit.Entitlements;
import cn.jiangxin.benefit.VenueDayUse;
import cn.jiangxin.benefit.VenueServices;
import cn.jiangxin.certification.Certification;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.ChineseDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The venue's scan page: a field a USB or Bluetooth scanner types the token into (or the camera decodes it), the
 * verification at a glance with the uses left of the chosen service, a confirm that records the use, and today's
 * uses with their undo. The scan id of a token is derived from the venue, the service and the token, so scanning the
 * same code again never records a second use. A booking due today at this venue shows as 今日预约 and the confirm
 * redeems it; a walk-in for a service used by appointment only is refused at the verify step already.
 */
@Controller
@RequestMapping("/venue/scan")
@PreAuthorize("hasRole('PROVIDER')")
class VenueScanPages {

    private final CardVerifications verifications;
    private final CardRedemptions redemptions;
    private final Entitlements entitlements;
    private final VenueServices venues;
    private final CurrentUsers users;

    VenueScanPages(CardVerifications verifications, CardRedemptions redemptions, Entitlements entitlements,
            VenueServices venues, CurrentUsers users) {
        this.verifications = verifications;
        this.redemptions = redemptions;
        this.entitlements = entitlements;
        this.venues = venues;
        this.users = users;
    }

    /** What the venue sees after a scan or a confirm. */
    record ScanResult(boolean valid, CardRefusal refusal, String nm, String cn, String from, String to, Integer left,
            Integer quota, String service, String token, String scanId, cn.jiangxin.benefit.TokenUse usedBefore,
            boolean redeemed, boolean repeated, boolean bookedToday, LocalDate bookedFor) {
    }

    @GetMapping
    String page(@RequestParam(required = false) String service, Model model) {
        CurrentUser venue = users.require();
        List<String> offered = offered(venue);
        model.addAttribute("offered", offered);
        model.addAttribute("service", offered.contains(service) ? service : offered.isEmpty() ? null : offered.get(0));
        List<VenueDayUse> today = entitlements.venueToday(venue);
        model.addAttribute("today", today);
        model.addAttribute("undoable", today.stream().filter(VenueDayUse::undoable).count());
        return "card/scan";
    }

    @PostMapping("/verify")
    String verify(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String service,
            Model model) {
        CurrentUser venue = users.require();
        String text = token.strip();
        TokenRules.Verdict verdict = verifications.verify(text);
        CardToken t = verdict.token();
        if (!verdict.valid()) {
            model.addAttribute("result", refused(verdict.refusal(), t, service, text));
            return "card/scan :: result";
        }
        if (!offered(venue).contains(service)) {
            model.addAttribute("result", refused(CardRefusal.SERVICE_NOT_OFFERED, t, service, text));
            return "card/scan :: result";
        }
        var used = entitlements.useOfToken(t.digest());
        Entitlement e = verifications.certificationOf(t).map(c -> serviceOf(c, service)).orElse(null);
        Integer left = e == null ? null : e.leftThisYear();
        Integer quota = e == null ? null : e.quotaPerYear();
        CardRedemptions.Booking booking = redemptions.booking(venue, t, service);
        // a booking due today has counted its use already: it is redeemed even when no use is left
        CardRefusal refusal = e == null || left == null ? CardRefusal.OUTSIDE_SUPPORT_PERIOD
                : booking == CardRedemptions.Booking.MISSING ? CardRefusal.BOOKING_REQUIRED
                : left == 0 && booking != CardRedemptions.Booking.DUE_TODAY ? CardRefusal.QUOTA_EXHAUSTED : null;
        model.addAttribute("result", new ScanResult(refusal == null && used.isEmpty(), refusal, t.nm(), t.cn(),
                ChineseDate.of(t.from()), ChineseDate.of(t.to()), left, quota, service, text, scanId(venue, service, t.digest()),
                used.orElse(null), false, false, booking == CardRedemptions.Booking.DUE_TODAY, null));
        return "card/scan :: result";
    }

    @PostMapping("/redeem")
    String redeem(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String service,
            @RequestParam(defaultValue = "") String scanId, Model model) {
        CurrentUser venue = users.require();
        String text = token.strip();
        String key = CardRedemptions.isScanId(scanId) ? scanId : scanId(venue, service, CardToken.digest(text));
        try {
            CardRedemptions.Redeemed r = redemptions.redeem(venue, text, service, key);
            CardToken t = CardToken.parse(text).orElseThrow();
            model.addAttribute("result", new ScanResult(true, null, r.nm(), r.cn(), ChineseDate.of(t.from()),
                    ChineseDate.of(t.to()), r.use().remaining(), r.use().quotaPerYear(), service, text, key, null, true,
                    r.use().repeated(), r.use().booked(), r.use().bookedFor()));
        } catch (CardRefused e) {
            model.addAttribute("result", refused(e.refusal(), e.token(), service, text));
        }
        List<VenueDayUse> today = entitlements.venueToday(venue);
        model.addAttribute("today", today);
        model.addAttribute("oob", true);
        return "card/scan :: redeemed";
    }

    @PostMapping("/uses/{id}/undo")
    String undo(@PathVariable long id, @RequestParam(required = false) String service) {
        entitlements.undo(users.require(), id);
        return "redirect:/venue/scan" + (service != null && service.matches("[A-Z_]{1,40}") ? "?service=" + service : "");
    }

    private ScanResult refused(CardRefusal refusal, CardToken t, String service, String text) {
        var used = t == null ? null : entitlements.useOfToken(t.digest()).orElse(null);
        return new ScanResult(false, refusal, t == null ? null : t.nm(), t == null ? null : t.cn(),
                t == null ? null : ChineseDate.of(t.from()), t == null ? null : ChineseDate.of(t.to()), null, null, service,
                text, null, used, false, false, false, null);
    }

    private Entitlement serviceOf(Certification c, String service) {
        return entitlements.ofPerson(c.personId(), entitlements.today()).stream()
                .filter(e -> e.certificationId() == c.id() && e.code().equals(service)).findFirst().orElse(null);
    }

    private List<String> offered(CurrentUser venue) {
        Set<String> offered = venues.offeredBy(venue.accountId());
        return venues.all().stream().filter(offered::contains).toList();
    }

    /** One scan id per venue, service and token: a second scan of the same code is the same scan. */
    private static String scanId(CurrentUser venue, String service, String digest) {
        return UUID.nameUUIDFromBytes((venue.accountId() + "|" + service + "|" + digest).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
