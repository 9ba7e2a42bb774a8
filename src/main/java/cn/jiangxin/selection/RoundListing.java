package cn.jiangxin.selection;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The selection rounds as a paged list ({@code /selection}): search by title, filter by stage (as of today) and by
 * whether candidates still wait for a decision; sorting, and the Excel export of exactly the rounds found.
 */
@Component
class RoundListing {

    static final String[] STAGES = {"UPCOMING", "PROPOSING", "DECIDING"};

    static final cn.jiangxin.platform.list.ListSpec SPEC = cn.jiangxin.platform.list.ListSpec.of("/selection", "r.id")
            .sort("opens", "r.proposals_open").sort("year", "r.round_year").sort("title", "r.title")
            .sort("decide", "r.decide_on").defaultSort("opens", true).seekable("opens", "year", "title", "decide")
            .withSearch()
            .choice("stage", STAGES).choice("undecided", "yes");

    /** Staff's to-do: rounds whose window is over with candidates still waiting for a decision. */
    static final Map<String, String> TO_DECIDE = Map.of("stage", "DECIDING", "undecided", "yes");
    /** A unit officer's to-do: rounds open for proposals now. */
    static final Map<String, String> PROPOSING = Map.of("stage", "PROPOSING");

    private final RoundStore store;
    private final Clock clock;
    private final MessageSource messages;

    RoundListing(RoundStore store, Clock clock, MessageSource messages) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
    }

    PageOf<RoundStore.Row> page(ListQuery query) {
        return store.page(query, LocalDate.now(clock));
    }

    long count(ListQuery query) {
        return store.count(query, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    void export(ListQuery query, Locale locale, OutputStream out) {
        LocalDate today = LocalDate.now(clock);
        ExcelTable table = ExcelTable.start(out, text("selection.title", locale), List.of(
                ExcelColumn.text(text("selection.f.title", locale)), ExcelColumn.number(text("selection.f.year", locale)),
                ExcelColumn.text(text("selection.stage", locale)), ExcelColumn.number(text("selection.f.places", locale)),
                ExcelColumn.text(text("selection.f.proposalsOpen", locale)),
                ExcelColumn.text(text("selection.f.proposalsClose", locale)),
                ExcelColumn.text(text("selection.f.decideOn", locale)),
                ExcelColumn.number(text("selection.list.candidates", locale)),
                ExcelColumn.number(text("selection.list.recommended", locale))));
        try (Stream<RoundStore.Row> rows = store.all(query, today)) {
            rows.forEach(r -> table.row(r.round().title(), r.round().year(),
                    text("selection.stage." + r.round().stageOn(today), locale), r.round().places(),
                    ChineseDate.of(r.round().proposalsOpen()), ChineseDate.of(r.round().proposalsClose()),
                    ChineseDate.of(r.round().decideOn()), r.candidates(), r.recommended()));
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
