package cn.jiangxin.identity;

import java.io.OutputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
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
 * The accounts as a paged list ({@code /admin/accounts}): search by user name or name, filters by role and by state
 * (enabled, disabled, locked now, must change the password), sorting, and the Excel export of exactly the accounts
 * found, itself recorded in the audit log.
 */
@Component
class AccountListing {

    static final String ENABLED = "enabled";
    static final String DISABLED = "disabled";
    static final String LOCKED = "locked";
    static final String MUST_CHANGE = "mustChange";
    static final List<String> STATES = List.of(ENABLED, DISABLED, LOCKED, MUST_CHANGE);

    static final ListSpec SPEC = ListSpec.of("/admin/accounts", "a.id")
            .sort("username", "a.username").sort("displayName", "a.display_name").sort("created", "a.created_at")
            .defaultSort("username", false).seekable("username", "displayName", "created").withSearch()
            .choice("role", Arrays.stream(Role.values()).map(Enum::name).toArray(String[]::new))
            .choice("state", STATES.toArray(String[]::new));

    private final AccountStore store;
    private final UnitChoices units;
    private final Clock clock;
    private final AuditTrail audit;
    private final MessageSource messages;

    AccountListing(AccountStore store, UnitChoices units, Clock clock, AuditTrail audit, MessageSource messages) {
        this.store = store;
        this.units = units;
        this.clock = clock;
        this.audit = audit;
        this.messages = messages;
    }

    PageOf<AccountSummary> page(ListQuery query) {
        return store.page(query, clock.instant());
    }

    /** How many accounts the query filters: the same count as its list's total. */
    long count(ListQuery query) {
        return store.count(query, clock.instant());
    }

    /** Unit names by id, for the unit column. */
    Map<Long, String> unitNames() {
        return units.all().stream()
                .collect(Collectors.toMap(UnitChoices.Choice::id, UnitChoices.Choice::name, (a, b) -> a));
    }

    @Transactional(readOnly = true)
    void export(String by, ListQuery query, Locale locale, OutputStream out) {
        var now = clock.instant();
        audit.recordIndependently(new AuditEvent(by, "ACCOUNTS_EXPORTED", "account", "", AuditEvent.Outcome.SUCCESS,
                store.count(query, now) + " accounts; " + query.describe()));
        Map<Long, String> unitNames = unitNames();
        ExcelTable table = ExcelTable.start(out, text("accounts.title", locale), List.of(
                ExcelColumn.text(text("accounts.username", locale)), ExcelColumn.text(text("accounts.displayName", locale)),
                ExcelColumn.text(text("accounts.roles", locale)), ExcelColumn.text(text("accounts.unit", locale)),
                ExcelColumn.text(text("accounts.status", locale)), ExcelColumn.text(text("accounts.email", locale))));
        try (Stream<AccountSummary> rows = store.all(query, now)) {
            rows.forEach(a -> table.row(a.username(), a.displayName(),
                    a.roles().stream().sorted().map(r -> text("role." + r, locale)).collect(Collectors.joining("、")),
                    a.unitId() == null ? "" : unitNames.getOrDefault(a.unitId(), ""), state(a, locale),
                    a.email() == null ? "" : a.email()));
        }
        table.finish();
    }

    /** The account's state in words: disabled, locked until …, must change the password, or enabled. */
    private String state(AccountSummary a, Locale locale) {
        if (!a.enabled()) {
            return text("accounts.disabled", locale);
        }
        if (a.locked()) {
            var until = a.passwordLockedUntil() != null ? a.passwordLockedUntil() : a.codeLockedUntil();
            return messages.getMessage("accounts.lockedUntil", new Object[] {BeijingTime.dateTime(until)}, locale);
        }
        return text(a.mustChangePassword() ? "accounts.mustChange" : "accounts.enabled", locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
