package cn.jiangxin.funding;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * Studio funding as paged lists: finance's list of all ({@code /funding}) and a unit officer's of their unit
 * ({@code /unit/funding}). Each searches studio and unit, filters by state, period and the assessment date, sorts,
 * and exports exactly the funding found, amounts in yuan with a total row. A user outside a list's audience gets an
 * empty list.
 */
@Component
class FundingListing {

    static final ListSpec FINANCE = spec("/funding");
    static final ListSpec UNIT = spec("/unit/funding");

    private final FundingStore store;
    private final MessageSource messages;

    FundingListing(FundingStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    private static ListSpec spec(String path) {
        return ListSpec.of(path, "f.id").sort("opened", "f.created_at").sort("studio", "f.studio_number")
                .sort("unit", "f.unit_name").sort("period", "f.period").sort("amount", "f.amount_fen")
                .sort("state", "f.state").defaultSort("opened", true)
                .seekable("opened", "studio", "unit", "period", "amount", "state").withSearch()
                .choice("state", Arrays.stream(FundingState.values()).map(Enum::name).toArray(String[]::new))
                .text("period").date("from").date("to");
    }

    PageOf<StudioFunding> page(CurrentUser user, ListQuery query) {
        return store.page(query, scope(user, query.spec()));
    }

    long count(CurrentUser user, ListQuery query) {
        return store.count(query, scope(user, query.spec()));
    }

    @Transactional(readOnly = true)
    void export(CurrentUser user, ListQuery query, Locale locale, OutputStream out) {
        Long unit = scope(user, query.spec());
        ExcelTable table = ExcelTable.start(out, text(query.spec() == FINANCE ? "funding.title" : "funding.unit.title",
                locale), List.of(ExcelColumn.text(text("funding.studio", locale)),
                ExcelColumn.text(text("funding.unit", locale)), ExcelColumn.text(text("funding.period", locale)),
                ExcelColumn.text(text("funding.grade", locale)), ExcelColumn.text(text("funding.assessedOn", locale)),
                ExcelColumn.text(text("funding.state", locale)), ExcelColumn.text(text("funding.paidAt", locale)),
                ExcelColumn.amount(text("funding.amount", locale))));
        try (Stream<StudioFunding> rows = store.all(query, unit)) {
            rows.forEach(f -> table.row(f.studioNumber() + " " + f.studioName(), f.unitName(), f.period(),
                    f.gradeName(), f.assessedOn().toString(), text("funding.state." + f.state(), locale),
                    f.paidAt() == null ? "" : BeijingTime.date(f.paidAt()), f.amountFen()));
        }
        table.finish();
    }

    /** Finance: every unit (null); an officer on the unit list: their unit; anyone else: unit -1, no rows. */
    private static Long scope(CurrentUser user, ListSpec spec) {
        if (spec == FINANCE) {
            return user.has(Role.FINANCE) ? null : -1L;
        }
        return user.has(Role.UNIT_OFFICER) && user.unit().isPresent() ? user.unitId() : -1L;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
