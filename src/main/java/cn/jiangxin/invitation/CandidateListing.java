package cn.jiangxin.invitation;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.policy.PolicyVersions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The paged lists of this module: a list's candidates ({@code /imports/{id}/candidates}: search by name or unit,
 * filter by status and unit, sorted, Excel of exactly what is found) and the invitations to an officer's unit
 * ({@code /invitations}: search, filter by state, sorted, Excel).
 */
@Component
class CandidateListing {

    static final String INVITATIONS_PATH = "/invitations";
    static final ListSpec INVITATIONS = ListSpec.of(INVITATIONS_PATH, "i.id").sort("invited", "i.invited_at")
            .sort("name", "c.person_name").defaultSort("invited", true).seekable("invited", "name").withSearch()
            .choice("state", "OPEN", "ACCEPTED", "DECLINED");
    /** The officer's to-do: invitations still to answer. */
    static final Map<String, String> OPEN = Map.of("state", "OPEN");

    private final CandidateStore store;
    private final MessageSource messages;
    private final PolicyVersions versions;

    CandidateListing(CandidateStore store, MessageSource messages, PolicyVersions versions) {
        this.versions = versions;
        this.store = store;
        this.messages = messages;
    }

    /** The candidates list of import list {@code listId}, at its own address. */
    static ListSpec candidates(long listId) {
        return ListSpec.of("/imports/" + listId + "/candidates", "c.id").sort("name", "c.person_name")
                .sort("unit", "c.unit_name").sort("status", "c.status").sort("evaluated", "c.evaluated_at")
                .sort("entry", "c.entry_id").defaultSort("entry", false)
                .seekable("name", "unit", "status", "evaluated", "entry").withSearch()
                .choice("status", CandidateStatus.names()).id("unit");
    }

    PageOf<CandidateRow> page(long listId, ListQuery query) {
        return store.page(listId, query);
    }

    @Transactional(readOnly = true)
    void export(long listId, String title, ListQuery query, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, title, List.of(
                ExcelColumn.text(text("inv.c.person", locale)), ExcelColumn.text(text("inv.c.unit", locale)),
                ExcelColumn.text(text("inv.c.achievement", locale)), ExcelColumn.text(text("inv.c.status", locale)),
                ExcelColumn.text(text("inv.c.rule", locale)), ExcelColumn.text(text("inv.c.reason", locale)),
                ExcelColumn.text(text("inv.c.version", locale)), ExcelColumn.text(text("inv.c.evaluated", locale))));
        try (Stream<CandidateRow> rows = store.all(listId, query)) {
            rows.forEach(r -> table.row(r.personName(), r.unitName(), r.achievement(),
                    text("inv.status." + r.status(), locale),
                    r.rule() == null ? "" : text("selfCheck.rule." + r.rule(), locale),
                    r.status() == CandidateStatus.DISMISSED ? r.reason() + "；不予邀请：" + r.dismissReason() : r.reason(),
                    r.policyVersion() == null ? "" : versions.titleOf(r.policyVersion()),
                    BeijingTime.dateTime(r.evaluatedAt())));
        }
        table.finish();
    }

    PageOf<InvitationRow> invitations(long unitId, ListQuery query) {
        return store.invitations(unitId, query);
    }

    long countInvitations(long unitId, ListQuery query) {
        return store.countInvitations(unitId, query);
    }

    @Transactional(readOnly = true)
    void exportInvitations(long unitId, ListQuery query, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("inv.mine.title", locale), List.of(
                ExcelColumn.text(text("inv.c.person", locale)), ExcelColumn.text(text("inv.c.achievement", locale)),
                ExcelColumn.text(text("inv.i.state", locale)), ExcelColumn.text(text("inv.i.invited", locale)),
                ExcelColumn.text(text("inv.c.reason", locale))));
        try (Stream<InvitationRow> rows = store.allInvitations(unitId, query)) {
            rows.forEach(r -> table.row(r.personName(), r.achievement(), text("inv.state." + r.state(), locale),
                    BeijingTime.dateTime(r.invitedAt()),
                    r.declineReason() == null ? r.reason() : r.declineReason()));
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
