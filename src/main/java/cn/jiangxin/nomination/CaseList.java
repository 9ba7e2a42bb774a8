package cn.jiangxin.nomination;

import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list ({@code /nominations}): a unit officer sees every case of their unit, drafts included; reviewers and
 * approvers every unit's cases once submitted (a unit's unsubmitted draft is its own). Searched by name, pinyin
 * initials or case number; filtered by state, unit, submission days, and {@code only=stampedForm}: the drafts and
 * returned cases still without the stamped recommendation form.
 */
@Component
class CaseList {

    static final String STAMPED_FORM = "stampedForm";

    static final ListSpec SPEC = CaseSearch.spec("/nominations", EnumSet.allOf(NominationState.class), "number", true)
            .choice("only", STAMPED_FORM);

    private static final Set<NominationState> EDITABLE = EnumSet.of(NominationState.DRAFT, NominationState.RETURNED);

    private final CaseSearch search;
    private final MessageSource messages;

    CaseList(CaseSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    PageOf<CaseRow> page(CurrentUser user, ListQuery query) {
        return search.page(filter(user, query), query);
    }

    long count(CurrentUser user, ListQuery query) {
        return search.count(filter(user, query));
    }

    /** The first page narrowed by these filters: a link of the work page. */
    static ListQuery link(Map<String, String> filters) {
        return ListQuery.filtered(SPEC, filters);
    }

    @Transactional(readOnly = true)
    void export(CurrentUser user, ListQuery query, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("nom.list", locale), List.of(
                ExcelColumn.text(text("nom.number", locale)), ExcelColumn.text(text("nom.person", locale)),
                ExcelColumn.text(text("nom.unit", locale)), ExcelColumn.text(text("nom.state", locale)),
                ExcelColumn.text(text("nom.created", locale)), ExcelColumn.text(text("nom.submitted", locale))));
        try (Stream<CaseRow> rows = search.all(filter(user, query), query)) {
            rows.forEach(r -> table.row(r.number().toString(), r.personName(), r.unitName(),
                    text("nom.state." + r.state(), locale), BeijingTime.dateTime(r.createdAt()),
                    r.submittedAt() == null ? "" : BeijingTime.dateTime(r.submittedAt())));
        }
        table.finish();
    }

    private static CaseFilter filter(CurrentUser user, ListQuery query) {
        Set<NominationState> states = query.filter("state").map(NominationState::valueOf).map(Set::of)
                .orElse(EnumSet.allOf(NominationState.class));
        if (STAMPED_FORM.equals(query.text("only"))) {
            states = states.stream().filter(EDITABLE::contains).collect(java.util.stream.Collectors.toSet());
        }
        CaseFilter filter = CaseFilter.inStates(states).searching(query.search(), query.date("from"), query.date("to"));
        if (STAMPED_FORM.equals(query.text("only"))) {
            filter = filter.withoutStampedForm();
        }
        if (CaseScope.isStaff(user)) {
            return filter.submitted().ofUnit(query.id("unit").orElse(null));
        }
        if (user.has(Role.UNIT_OFFICER) && user.unit().isPresent()
                && query.id("unit").map(u -> u.equals(user.unitId())).orElse(true)) {
            return filter.ofUnit(user.unitId());
        }
        return CaseFilter.inStates(Set.of());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
