package cn.jiangxin.person;

import java.io.IOException;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.unit.Units;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The person list: a live search (htmx, the address kept in the browser's history; a plain form without JS), pages,
 * sorting, a unit filter for Bureau staff, and the Excel export of exactly the people found, for the same roles.
 */
@Controller
@PreAuthorize("hasAnyRole('UNIT_OFFICER','REVIEWER','APPROVER','SYSTEM_ADMIN')")
class PersonListPages {

    private final PersonListing listing;
    private final Units units;
    private final CurrentUsers currentUsers;

    PersonListPages(PersonListing listing, Units units, CurrentUsers currentUsers) {
        this.listing = listing;
        this.units = units;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/people")
    String list(HttpServletRequest request,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model, HttpServletResponse response) {
        ListQuery query = ListQuery.parse(PersonListing.SPEC, request.getParameterMap());
        CurrentUser user = currentUsers.require();
        model.addAttribute("listing", listing.page(user, query));
        model.addAttribute("pickUnit", user.seesAllUnits());
        model.addAttribute("chosenUnit", units.chosen(user, query.id("unitId")).orElse(null));
        model.addAttribute("canRegister", user.has(Role.SYSTEM_ADMIN) || user.has(Role.UNIT_OFFICER) && user.unit().isPresent());
        response.setHeader("Vary", "HX-Request");
        return htmx != null && historyRestore == null ? "person/list :: results" : "person/list";
    }

    @GetMapping("/people.xlsx")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(PersonListing.SPEC, request.getParameterMap());
        CurrentUser user = currentUsers.require();
        ExcelTable.attach(response, "people.xlsx");
        listing.export(user, query, locale, response.getOutputStream());
    }
}
