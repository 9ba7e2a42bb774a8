package cn.jiangxin.nomination;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.unit.Units;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The case list page and its Excel export, with each case's step and next step on the page. */
@Controller
@PreAuthorize("hasAnyRole('UNIT_OFFICER','REVIEWER','APPROVER')")
class CaseListPages {

    private final CaseList list;
    private final NominationLookup lookup;
    private final Units units;
    private final CurrentUsers users;

    CaseListPages(CaseList list, NominationLookup lookup, Units units, CurrentUsers users) {
        this.list = list;
        this.lookup = lookup;
        this.units = units;
        this.users = users;
    }

    @GetMapping("/nominations")
    String list(HttpServletRequest request, Model model) {
        CurrentUser user = users.require();
        ListQuery query = ListQuery.parse(CaseList.SPEC, request.getParameterMap());
        PageOf<CaseRow> page = list.page(user, query);
        model.addAttribute("listing", page.map(row -> new Line(row,
                lookup.find(row.id()).map(CaseProgress::of).orElseThrow())));
        model.addAttribute("states", List.of(NominationState.values()));
        model.addAttribute("pickUnit", CaseScope.isStaff(user));
        model.addAttribute("chosenUnit", units.chosen(user, query.id("unit")).orElse(null));
        return "nomination/list";
    }

    @GetMapping("/nominations.xlsx")
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(CaseList.SPEC, request.getParameterMap());
        ExcelTable.attach(response, "nominations.xlsx");
        list.export(users.require(), query, locale, response.getOutputStream());
    }

    /** A case on the list with where it stands on the WF-2 path. */
    record Line(CaseRow row, CaseProgress progress) {
    }
}
