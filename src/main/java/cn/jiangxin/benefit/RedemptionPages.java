package cn.jiangxin.benefit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.NotFoundException;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The venue's page: find a talent by ID number, see this year's quotas, record one use of a service. */
@Controller
@RequestMapping("/services/redeem")
@PreAuthorize("hasRole('PROVIDER')")
class RedemptionPages {

    private final Entitlements entitlements;
    private final CurrentUsers users;

    RedemptionPages(Entitlements entitlements, CurrentUsers users) {
        this.entitlements = entitlements;
        this.users = users;
    }

    @GetMapping
    String page(@RequestParam(required = false) String talent, HttpSession session, Model model) {
        if (talent != null) {
            long personId = LookedUpTalents.find(session, talent).orElseThrow(() -> new NotFoundException("talent"));
            show(talent, personId, model);
        }
        return "benefit/redeem";
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
        return "redirect:/services/redeem?talent=" + talent;
    }

    private void show(String token, long personId, Model model) {
        TalentServices talent = entitlements.servicesOf(users.require(), personId);
        Map<String, String> keys = new LinkedHashMap<>();
        talent.services().forEach(s -> keys.put(s.code(), UUID.randomUUID().toString()));
        model.addAttribute("talent", talent);
        model.addAttribute("token", token);
        model.addAttribute("keys", keys);
    }
}
