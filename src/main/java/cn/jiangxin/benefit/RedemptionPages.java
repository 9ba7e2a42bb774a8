package cn.jiangxin.benefit;

import java.util.UUID;
import java.util.stream.Collectors;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.NotFoundException;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The venue's page: find a talent by ID number, see this year's quotas of the services the venue offers, confirm and
 * record one use, and see today's uses with an undo for the last ten minutes.
 */
@Controller
@RequestMapping("/services/redeem")
@PreAuthorize("hasRole('PROVIDER')")
class RedemptionPages {

    private final Entitlements entitlements;
    private final VenueServices venues;
    private final CurrentUsers users;

    RedemptionPages(Entitlements entitlements, VenueServices venues, CurrentUsers users) {
        this.entitlements = entitlements;
        this.venues = venues;
        this.users = users;
    }

    @GetMapping
    String page(@RequestParam(required = false) String talent, HttpSession session, Model model) {
        if (talent != null) {
            long personId = LookedUpTalents.find(session, talent).orElseThrow(() -> new NotFoundException("talent"));
            show(talent, personId, model);
        }
        CurrentUser venue = users.require();
        model.addAttribute("offered", venues.offeredBy(venue.accountId()));
        model.addAttribute("today", entitlements.recordedToday(venue));
        return "benefit/redeem";
    }

    /** The step before recording: which talent, which service, how many uses are left; nothing is recorded yet. */
    @GetMapping("/confirm")
    String confirm(@RequestParam String talent, @RequestParam String code, HttpSession session, Model model) {
        long personId = LookedUpTalents.find(session, talent).orElseThrow(() -> new NotFoundException("talent"));
        TalentServices found = entitlements.servicesOf(users.require(), personId);
        Entitlement service = found.services().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("service " + code));
        model.addAttribute("talent", found);
        model.addAttribute("token", talent);
        model.addAttribute("service", service);
        model.addAttribute("booked", entitlements.bookedToday(users.require(), personId, code));
        model.addAttribute("key", UUID.randomUUID().toString());
        return "benefit/redeem-confirm";
    }

    @PostMapping("/{id}/undo")
    String undo(@PathVariable long id, @RequestParam(required = false) String talent, HttpSession session,
            RedirectAttributes flash) {
        entitlements.undo(users.require(), id);
        flash.addFlashAttribute("undone", true);
        return LookedUpTalents.find(session, talent).isPresent() ? "redirect:/services/redeem?talent=" + talent
                : "redirect:/services/redeem";
    }

    /** POST, so that the full ID number never appears in a URL, a log or the browser history. */
    @PostMapping("/lookup")
    String lookUp(@RequestParam(defaultValue = "") String idNumber, HttpSession session) {
        TalentServices found = entitlements.lookUp(users.require(), idNumber);
        return "redirect:/services/redeem?talent=" + LookedUpTalents.remember(session, found.personId());
    }

    @PostMapping
    String record(@RequestParam String talent, @RequestParam String code, @RequestParam String key,
            HttpSession session, RedirectAttributes flash) {
        CurrentUser provider = users.require();
        long personId = LookedUpTalents.find(session, talent).orElseThrow(() -> new NotFoundException("talent"));
        RedemptionOutcome outcome = entitlements.redeem(provider,
                new RedemptionRequest(personId, code, entitlements.today(), key));
        flash.addFlashAttribute("recordedCode", code);
        flash.addFlashAttribute("recordedLeft", outcome.entitlement().leftThisYear());
        flash.addFlashAttribute("recordedRepeated", outcome.repeated());
        if (outcome.redemption().booked()) {
            flash.addFlashAttribute("recordedBooking", outcome.redemption().usedOn());
        }
        return "redirect:/services/redeem?talent=" + talent;
    }

    private void show(String token, long personId, Model model) {
        CurrentUser venue = users.require();
        TalentServices talent = entitlements.servicesOf(venue, personId);
        model.addAttribute("talent", talent);
        model.addAttribute("token", token);
        // a booking due today here is redeemed even when the year's uses are all taken (the booking took one)
        model.addAttribute("bookedToday", talent.services().stream().map(Entitlement::code)
                .filter(code -> entitlements.bookedToday(venue, personId, code)).collect(Collectors.toSet()));
    }
}
