package cn.jiangxin.care;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rounds as a paged list ({@code /care/rounds}): search by name or note, filter by occasion, by stage as of today,
 * by planned visits left unrecorded after the window and by due talents not yet added; sorting, and the Excel export
 * of exactly the rounds found; and a round's visits as Excel.
 */
@Component
class CareListing {

    static final String[] STAGES = {"UPCOMING", "OPEN", "ENDED"};

    static final ListSpec SPEC = ListSpec.of("/care/rounds", "r.id")
            .sort("from", "r.window_from").sort("to", "r.window_to").sort("name", "r.name").defaultSort("from", true)
            .seekable("from", "to", "name").withSearch()
            .choice("occasion", names()).choice("stage", STAGES).choice("overdue", "yes").choice("due", "yes");

    /** Staff's to-do: rounds whose window has ended with visits neither recorded nor marked not reached. */
    static final Map<String, String> OVERDUE = Map.of("overdue", "yes");
    /** Staff's to-do: open rounds with due talents not yet added. */
    static final Map<String, String> DUE = Map.of("due", "yes");

    private final CareStore store;
    private final CareRounds rounds;
    private final MessageSource messages;

    CareListing(CareStore store, CareRounds rounds, MessageSource messages) {
        this.store = store;
        this.rounds = rounds;
        this.messages = messages;
    }

    private static String[] names() {
        return Stream.of(Occasion.values()).map(Enum::name).toArray(String[]::new);
    }

    PageOf<CareStore.Row> page(ListQuery query) {
        return store.page(query, rounds.today(), dueRounds(query));
    }

    long count(ListQuery query) {
        return store.count(query, rounds.today(), dueRounds(query));
    }

    private Collection<Long> dueRounds(ListQuery query) {
        return "yes".equals(query.text("due")) ? rounds.roundsWithDueTalents() : List.of();
    }

    @Transactional(readOnly = true)
    void export(ListQuery query, Locale locale, OutputStream out) {
        LocalDate today = rounds.today();
        ExcelTable table = ExcelTable.start(out, text("care.title", locale), List.of(
                ExcelColumn.text(text("care.f.name", locale)), ExcelColumn.text(text("care.f.occasion", locale)),
                ExcelColumn.text(text("care.f.from", locale)), ExcelColumn.text(text("care.f.to", locale)),
                ExcelColumn.number(text("care.list.visits", locale)),
                ExcelColumn.number(text("care.list.visited", locale)), ExcelColumn.text(text("care.f.note", locale))));
        try (Stream<CareStore.Row> rows = store.all(query, today, dueRounds(query))) {
            rows.forEach(r -> table.row(r.round().name(), text("care.occasion." + r.round().occasion(), locale),
                    ChineseDate.of(r.round().from()), ChineseDate.of(r.round().to()), r.visits(), r.visited(),
                    r.round().note()));
        }
        table.finish();
    }

    /** A round's visits: name, unit, status, visitor, day (made or planned), note. */
    void visits(CareRound round, List<CareVisit> visits, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, round.name(), List.of(
                ExcelColumn.text(text("care.v.person", locale)), ExcelColumn.text(text("care.v.unit", locale)),
                ExcelColumn.text(text("care.v.state", locale)), ExcelColumn.text(text("care.v.visitor", locale)),
                ExcelColumn.text(text("care.v.date", locale)), ExcelColumn.text(text("care.v.note", locale)),
                ExcelColumn.text(text("care.v.gifts", locale))));
        for (CareVisit v : visits) {
            LocalDate day = v.visitedOn() != null ? v.visitedOn() : v.plannedOn();
            String who = v.visitedBy() != null ? v.visitedBy() : v.visitor();
            String note = v.state() == CareVisit.State.NOT_REACHED ? v.notReachedWhy() : v.note();
            table.row(v.personName(), v.unitName(), text("care.state." + v.state(), locale), who == null ? "" : who,
                    day == null ? "" : ChineseDate.of(day), note == null ? "" : note, v.gifts() == null ? "" : v.gifts());
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
