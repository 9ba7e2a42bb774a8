package cn.jiangxin.reward;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
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
 * Reward cases as paged lists: finance's list of every case ({@code /rewards}, with a beneficiary-kind filter), a unit
 * officer's cases of their unit as training unit ({@code /unit/rewards}) and a talent's own ({@code /my/rewards}).
 * Each searches beneficiary, talent and medal, filters by state and the date a case was opened, sorts, and exports
 * exactly the cases found, amounts in yuan with a total row. A user outside a list's audience gets an empty list.
 */
@Component
class RewardListing {

    static final ListSpec FINANCE = cases("/rewards").choice("kind", names(BeneficiaryKind.values()));
    static final ListSpec UNIT = cases("/unit/rewards");
    static final ListSpec MINE = cases("/my/rewards");

    /** A case on a list with the name of the talent whose medal it rewards. */
    record Row(RewardCase reward, String talentName) {
    }

    /** Whose cases a list covers: a kind of beneficiary and one beneficiary, both null for all; or nobody. */
    record Scope(BeneficiaryKind kind, Long beneficiaryId, boolean nobody) {

        static final Scope NOBODY = new Scope(null, null, true);
    }

    private final RewardCaseStore store;
    private final AuditTrail audit;
    private final MessageSource messages;

    RewardListing(RewardCaseStore store, AuditTrail audit, MessageSource messages) {
        this.store = store;
        this.audit = audit;
        this.messages = messages;
    }

    private static ListSpec cases(String path) {
        return ListSpec.of(path, "c.id").sort("opened", "c.created_at").sort("beneficiary", "c.beneficiary_name")
                .sort("talent", "t.beneficiary_name").sort("wonOn", "c.medal_won_on").sort("amount", "c.amount_fen")
                .sort("state", "c.state").defaultSort("opened", true)
                .seekable("opened", "beneficiary", "wonOn", "amount", "state").withSearch()
                .choice("state", names(RewardState.values())).date("from").date("to");
    }

    static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    /** The query of one list's address parameters, e.g. {@code state=READY}, as a to-do links to it. */
    static ListQuery query(ListSpec spec, Map<String, String> parameters) {
        Map<String, String[]> asked = new java.util.LinkedHashMap<>();
        parameters.forEach((name, value) -> asked.put(name, new String[] {value}));
        return ListQuery.parse(spec, asked);
    }

    PageOf<Row> page(CurrentUser user, ListQuery query) {
        return store.page(query, scope(user, query.spec()));
    }

    long count(CurrentUser user, ListQuery query) {
        return store.count(query, scope(user, query.spec()));
    }

    /** Audits the export (who, which filter, how many), then streams the cases. */
    @Transactional(readOnly = true)
    void export(CurrentUser user, ListQuery query, Locale locale, OutputStream out) {
        Scope scope = scope(user, query.spec());
        audit.recordIndependently(new AuditEvent(user.username(), "REWARD_CASES_EXPORTED", "reward_case", "",
                AuditEvent.Outcome.SUCCESS, store.count(query, scope) + " cases; " + query.spec().path() + " "
                        + query.describe()));
        ExcelTable table = ExcelTable.start(out, title(query.spec(), locale), List.of(
                ExcelColumn.text(text("reward.beneficiary", locale)), ExcelColumn.text(text("reward.kind", locale)),
                ExcelColumn.text(text("reward.talent", locale)), ExcelColumn.text(text("reward.medal", locale)),
                ExcelColumn.text(text("reward.wonOn", locale)), ExcelColumn.text(text("reward.state", locale)),
                ExcelColumn.text(text("reward.bank", locale)), ExcelColumn.text(text("reward.opened", locale)),
                ExcelColumn.text(text("reward.paidAt", locale)), ExcelColumn.amount(text("reward.amount", locale))));
        try (Stream<Row> rows = store.all(query, scope)) {
            rows.forEach(r -> {
                RewardCase c = r.reward();
                table.row(c.beneficiaryName(), text("reward.kind." + c.kind(), locale), r.talentName(),
                        c.medalDescription(), c.wonOn().toString(), text("reward.state." + c.state(), locale),
                        c.hasBankDetails() ? c.bankName() + " " + c.bankAccountMasked() : "",
                        BeijingTime.date(c.createdAt()), c.paidAt() == null ? "" : BeijingTime.date(c.paidAt()),
                        c.amountFen());
            });
        }
        table.finish();
    }

    private Scope scope(CurrentUser user, ListSpec spec) {
        if (spec == FINANCE) {
            return user.has(Role.FINANCE) ? new Scope(null, null, false) : Scope.NOBODY;
        }
        if (spec == UNIT) {
            return user.has(Role.UNIT_OFFICER) && user.unit().isPresent()
                    ? new Scope(BeneficiaryKind.TRAINING_UNIT, user.unitId(), false) : Scope.NOBODY;
        }
        return user.has(Role.TALENT) && user.person().isPresent()
                ? new Scope(BeneficiaryKind.PERSON, user.personId(), false) : Scope.NOBODY;
    }

    private String title(ListSpec spec, Locale locale) {
        return text(spec == FINANCE ? "reward.cases" : spec == UNIT ? "reward.unit.title" : "reward.mine.title", locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
