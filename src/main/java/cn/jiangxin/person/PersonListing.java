package cn.jiangxin.person;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
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
 * The person registry as a paged list ({@code /people}): search by name, pinyin initials or the full ID number, a
 * unit filter, sorting, and the Excel export of exactly the people found (ID numbers masked, as on the page),
 * recorded in the audit log. A unit officer only ever gets their own unit's people.
 */
@Component
class PersonListing {

    static final ListSpec SPEC = ListSpec.of("/people", "p.id")
            .sort("name", "p.name").sort("unit", "u.name").sort("sex", "p.sex").defaultSort("name", false)
            .seekable("name", "unit", "sex").withSearch().id("unitId");

    /** A person on the list with the name of their unit. */
    record Row(PersonView person, String unitName) {
    }

    /**
     * Whom a user's list covers: one unit or all ({@code unitId} null), no one (an officer asking for another unit),
     * or the one person with {@code idNumber} when the search is a full ID number.
     */
    record Scope(Long unitId, boolean nobody, ResidentIdNumber idNumber) {
    }

    private final PersonStore store;
    private final People people;
    private final AuditTrail audit;
    private final MessageSource messages;

    PersonListing(PersonStore store, People people, AuditTrail audit, MessageSource messages) {
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.messages = messages;
    }

    PageOf<Row> page(CurrentUser user, ListQuery query) {
        return store.page(query, scope(user, query));
    }

    @Transactional(readOnly = true)
    void export(CurrentUser user, ListQuery query, Locale locale, OutputStream out) {
        Scope scope = scope(user, query);
        audit.recordIndependently(new AuditEvent(user.username(), "PEOPLE_EXPORTED", "person", "",
                AuditEvent.Outcome.SUCCESS, store.count(query, scope) + " people; " + masked(query)));
        ExcelTable table = ExcelTable.start(out, text("person.list.title", locale), List.of(
                ExcelColumn.text(text("person.name", locale)), ExcelColumn.text(text("person.idNumber", locale)),
                ExcelColumn.text(text("person.sex", locale)), ExcelColumn.text(text("person.unit", locale))));
        try (Stream<Row> rows = store.all(query, scope)) {
            rows.forEach(r -> table.row(r.person().name(), r.person().idNumber().masked(),
                    text("person.sex." + r.person().sex(), locale), r.unitName()));
        }
        table.finish();
    }

    private Scope scope(CurrentUser user, ListQuery query) {
        Optional<Long> unitId = query.id("unitId");
        Long unit = unitId.orElse(null);
        if (!user.seesAllUnits()) {
            if (user.unit().isEmpty() || unitId.isPresent() && !unitId.get().equals(user.unitId())) {
                return new Scope(null, true, null);
            }
            unit = user.unitId();
        }
        return new Scope(unit, false, people.asIdNumber(query.search()).orElse(null));
    }

    /** The filter for the audit log, a searched ID number masked (the log never holds a full one). */
    private String masked(ListQuery query) {
        return people.asIdNumber(query.search()).map(id -> "q=" + id.masked() + query.filter("unitId")
                .map(u -> " unitId=" + u).orElse("")).orElseGet(query::describe);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
