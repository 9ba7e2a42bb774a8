package cn.jiangxin.unit;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units as a paged list ({@code /units}): search by name or credit code, filters by kind and district, sorting,
 * and the Excel export of exactly the units found. Bureau staff get every unit, anyone else only their own.
 */
@Component
class UnitListing {

    static final ListSpec SPEC = ListSpec.of("/units", "id")
            .sort("name", "name").sort("kind", "kind").sort("creditCode", "credit_code")
            .sort("district", "district_code").defaultSort("name", false)
            .seekable("name", "kind", "creditCode", "district").withSearch().choice("kind", Arrays.stream(UnitKind.values()).map(Enum::name).toArray(String[]::new))
            .text("district");

    /** Whose units a user's list covers: every unit ({@code unitId} null), their own, or none. */
    record Scope(Long unitId, boolean nobody) {

        static Scope of(CurrentUser user) {
            if (user.seesAllUnits()) {
                return new Scope(null, false);
            }
            return user.unit().map(own -> new Scope(own, false)).orElse(new Scope(null, true));
        }
    }

    private final UnitStore store;
    private final MessageSource messages;

    UnitListing(UnitStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    PageOf<UnitView> page(CurrentUser user, ListQuery query) {
        return store.page(query, Scope.of(user));
    }

    List<String> districts() {
        return store.districts();
    }

    @Transactional(readOnly = true)
    void export(CurrentUser user, ListQuery query, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("unit.list.title", locale), List.of(
                ExcelColumn.text(text("unit.name", locale)), ExcelColumn.text(text("unit.kind", locale)),
                ExcelColumn.text(text("unit.creditCode", locale)), ExcelColumn.text(text("unit.districtName", locale)),
                ExcelColumn.text(text("unit.address", locale)), ExcelColumn.text(text("unit.contactName", locale)),
                ExcelColumn.text(text("unit.contactPhone", locale))));
        try (Stream<UnitView> rows = store.all(query, Scope.of(user))) {
            rows.forEach(u -> table.row(u.name(), text("unit.kind." + u.kind(), locale), u.creditCode().value(),
                    district(u.districtCode().value(), locale), u.address(), u.contactName(), u.contactPhone()));
        }
        table.finish();
    }

    private String district(String code, Locale locale) {
        return messages.getMessage("district." + code, null, code, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
