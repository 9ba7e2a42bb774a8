package cn.jiangxin.eligibility;

import java.time.Clock;
import java.time.LocalDate;

import cn.jiangxin.eligibility.domain.Evaluation;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.PolicyVersions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 自助测评: anyone enters their situation and sees the decision with every reason. Stores nothing. One POST
 * serves the plain form and htmx alike: buttons add or remove achievement rows, or evaluate.
 */
@Controller
@RequestMapping("/self-check")
class SelfCheckPages {

    private final EligibilityEvaluations evaluations;
    private final PolicyVersions versions;
    private final String enquiryPhone;
    private final Clock clock;

    SelfCheckPages(EligibilityEvaluations evaluations, PolicyVersions versions, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${jiangxin.bureau.enquiry-phone}") String enquiryPhone) {
        this.evaluations = evaluations;
        this.enquiryPhone = enquiryPhone;
        this.versions = versions;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        return page(new SelfCheckForm(), model);
    }

    @PostMapping
    String submit(@ModelAttribute("form") SelfCheckForm form, @RequestParam(name = "action", defaultValue = "evaluate") String action,
                  Model model) {
        if (action.equals("add")) {
            form.getAchievements().add(new SelfCheckForm.Row());
        } else if (action.startsWith("remove-")) {
            int i = parse(action.substring(7));
            if (i >= 0 && i < form.getAchievements().size()) {
                form.getAchievements().remove(i);
            }
        } else {
            LocalDate today = LocalDate.now(clock);
            SelfCheckCandidate input = SelfCheckCandidate.of(form, today);
            model.addAttribute("errors", input.errors);
            if (input.errors.isEmpty()) {
                try {
                    Evaluation evaluation = evaluations.evaluate(input.candidate, input.asOf);
                    model.addAttribute("evaluation", evaluation);
                    versions.published(evaluation.policyVersion()).ifPresent(v -> model.addAttribute("advice",
                            SelfCheckAdvice.of(evaluation, v.terms(), enquiryPhone)));
                } catch (RuleViolationException e) {
                    model.addAttribute("problem", e.getMessage());
                }
            }
        }
        return page(form, model);
    }

    private String page(SelfCheckForm form, Model model) {
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        LocalDate today = LocalDate.now(clock);
        versions.inForceOn(today).ifPresent(v -> {
            model.addAttribute("honors", v.terms().honors());
            model.addAttribute("policyVersion", v.code());
        });
        model.addAttribute("today", today);
        model.addAttribute("competitions", Competition.values());
        return "eligibility/self-check";
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
