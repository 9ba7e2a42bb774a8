package cn.jiangxin.benefit;

import java.io.IOException;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The lists of entitlements (Bureau staff) and of uses of services (Bureau staff, and each venue its own), paged,
 * filtered and exported.
 */
@Controller
class BenefitListPages {

    private static final String STAFF = "hasAnyRole('REVIEWER','APPROVER','SYSTEM_ADMIN')";
    private static final String STAFF_OR_VENUE = "hasAnyRole('REVIEWER','APPROVER','SYSTEM_ADMIN','PROVIDER')";

    private final EntitlementListing entitlements;
    private final RedemptionListing redemptions;
    private final CurrentUsers users;

    BenefitListPages(EntitlementListing entitlements, RedemptionListing redemptions, CurrentUsers users) {
        this.entitlements = entitlements;
        this.redemptions = redemptions;
        this.users = users;
    }

    @GetMapping("/benefits/entitlements")
    @PreAuthorize(STAFF)
    String entitlements(HttpServletRequest request, Model model) {
        model.addAttribute("listing", entitlements.page(ListQuery.parse(EntitlementListing.SPEC, request.getParameterMap())));
        model.addAttribute("today", entitlements.today());
        model.addAttribute("measures", MeasureNames.CODES);
        return "benefit/entitlements";
    }

    @GetMapping("/benefits/entitlements.xlsx")
    @PreAuthorize(STAFF)
    void exportEntitlements(HttpServletRequest request, Locale locale, HttpServletResponse response)
            throws IOException {
        ListQuery query = ListQuery.parse(EntitlementListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "entitlements.xlsx");
        entitlements.export(users.require(), query, locale, response.getOutputStream());
    }

    @GetMapping("/benefits/redemptions")
    @PreAuthorize(STAFF_OR_VENUE)
    String redemptions(HttpServletRequest request, Model model) {
        var user = users.require();
        model.addAttribute("listing", redemptions.page(user, ListQuery.parse(RedemptionListing.SPEC,
                request.getParameterMap())));
        model.addAttribute("ownOnly", RedemptionListing.venueOf(user) != null);
        model.addAttribute("venues", redemptions.venues());
        model.addAttribute("services", MeasureNames.SERVICES);
        return "benefit/redemptions";
    }

    @GetMapping("/benefits/redemptions.xlsx")
    @PreAuthorize(STAFF_OR_VENUE)
    void exportRedemptions(HttpServletRequest request, Locale locale, HttpServletResponse response)
            throws IOException {
        ListQuery query = ListQuery.parse(RedemptionListing.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "service-uses.xlsx");
        redemptions.export(users.require(), query, locale, response.getOutputStream());
    }
}
