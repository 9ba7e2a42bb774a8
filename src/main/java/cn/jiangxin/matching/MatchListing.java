package cn.jiangxin.matching;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import cn.jiangxin.benefit.MaskedName;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The match results as staff review them: one list's ({@code /imports/{id}/matches}) and every list's
 * ({@code /matches}, where the policy staff's to-do "waiting for confirmation" leads). Search by the name or unit as
 * the list gave them; filter by decision and outcome (the proposed registrations); sort by the list's order, name,
 * confidence or decision; the Excel export holds exactly the results found. The registered person found is shown
 * with the name masked.
 */
@Component
class MatchListing {

    static final String[] DECISIONS = {"PENDING", "AUTO", "CONFIRMED", "REJECTED", "NONE"};
    static final String[] OUTCOMES = {"MATCHED", "UNCERTAIN", "PROPOSE_REGISTRATION", "NO_MATCH"};

    /** Every list's results. */
    static final ListSpec ALL = spec("/matches");
    /** Policy staff: matches waiting for confirmation. */
    static final Map<String, String> WAITING = Map.of("decision", "PENDING");

    static ListSpec spec(String path) {
        return ListSpec.of(path, "m.entry_id").sort("row", "m.entry_id").sort("name", "e.name")
                .sort("confidence", "m.confidence").sort("decision", "m.decision").defaultSort("row", false)
                .seekable("name", "confidence", "decision").withSearch().choice("decision", DECISIONS)
                .choice("outcome", OUTCOMES);
    }

    /** One list's results. */
    static ListSpec ofList(long listId) {
        return spec("/imports/" + listId + "/matches");
    }

    /** A possible person as staff choose among them: id, masked name and unit. */
    record Choice(long personId, String label) {
    }

    /** A result on the page: the stored row, the person found in words and the possible people when waiting. */
    record MatchRow(MatchResultStore.Row row, String personShown, List<Choice> choices) {

        public boolean pending() {
            return "PENDING".equals(row.decision());
        }

        public String confidencePercent() {
            return Math.round(row.confidence() * 100) + "%";
        }
    }

    private final MatchResultStore store;
    private final MessageSource messages;

    MatchListing(MatchResultStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    PageOf<MatchRow> page(ListQuery query, Long listId) {
        PageOf<MatchResultStore.Row> page = store.page(query, listId);
        Set<Long> ids = new HashSet<>();
        for (MatchResultStore.Row r : page.rows()) {
            if ("PENDING".equals(r.decision())) {
                ids.addAll(r.alternatives());
                if (r.personId() != null) {
                    ids.add(r.personId());
                }
            }
        }
        Map<Long, MatchResultStore.Person> people = store.people(ids);
        return page.map(r -> new MatchRow(r, personShown(r), choices(r, people)));
    }

    long count(ListQuery query, Long listId) {
        return store.count(query, listId);
    }

    @Transactional(readOnly = true)
    void export(ListQuery query, Long listId, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("matching.title", locale), List.of(
                ExcelColumn.text(text("matching.f.list", locale)), ExcelColumn.text(text("matching.f.name", locale)),
                ExcelColumn.text(text("matching.f.unit", locale)), ExcelColumn.text(text("matching.f.person", locale)),
                ExcelColumn.text(text("matching.f.method", locale)),
                ExcelColumn.text(text("matching.f.confidence", locale)),
                ExcelColumn.text(text("matching.f.outcome", locale)),
                ExcelColumn.text(text("matching.f.decision", locale)),
                ExcelColumn.text(text("matching.f.reasons", locale))));
        try (Stream<MatchResultStore.Row> rows = store.all(query, listId)) {
            rows.forEach(r -> table.row(r.source(), r.name(), r.unitName() == null ? "" : r.unitName(),
                    personShown(r), text("matching.method." + r.method(), locale),
                    Math.round(r.confidence() * 100) + "%", text("matching.outcome." + r.outcome(), locale),
                    text("matching.decision." + r.decision(), locale)
                            + (r.decisionReason() == null ? "" : "：" + r.decisionReason()),
                    String.join("；", r.reasons())));
        }
        table.finish();
    }

    private static String personShown(MatchResultStore.Row r) {
        if (r.personId() == null || r.personName() == null) {
            return "";
        }
        return MaskedName.of(r.personName()) + "（" + r.personUnit() + "）";
    }

    private static List<Choice> choices(MatchResultStore.Row r, Map<Long, MatchResultStore.Person> people) {
        if (!"PENDING".equals(r.decision())) {
            return List.of();
        }
        Set<Long> ids = new java.util.LinkedHashSet<>();
        if (r.personId() != null) {
            ids.add(r.personId());
        }
        ids.addAll(r.alternatives());
        return ids.stream().map(people::get).filter(java.util.Objects::nonNull)
                .map(p -> new Choice(p.id(), MaskedName.of(p.name()) + "（" + p.unitName() + "）")).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
