package cn.jiangxin.offering;

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
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offerings as a paged list ({@code /offerings}): search by title or place, filter by kind, by stage as of today,
 * by whether attendance waits to be recorded and whether people wait for a seat; sorting, and the Excel export of
 * exactly the offerings found. Unit officers see the offerings open to units.
 */
@Component
class OfferingListing {

    static final String[] STAGES = {"OPEN", "UPCOMING", "CLOSED", "FINISHED"};
    static final String[] KINDS = {"TRAINING", "ACTIVITY", "CAREER_PROGRAMME"};

    static final ListSpec SPEC = ListSpec.of("/offerings", "o.id")
            .sort("starts", "o.starts_on").sort("title", "o.title").sort("opens", "o.signup_opens")
            .sort("capacity", "o.capacity").defaultSort("starts", true)
            .seekable("starts", "title", "opens", "capacity").withSearch()
            .choice("kind", KINDS).choice("stage", STAGES).choice("attendance", "yes").choice("waiting", "yes");

    /** Staff's to-do: offerings that have begun with seated people whose attendance is not recorded. */
    static final Map<String, String> ATTENDANCE = Map.of("attendance", "yes");
    /** A unit officer's to-do: offerings open for sign-up now. */
    static final Map<String, String> OPEN = Map.of("stage", "OPEN");

    private final OfferingStore store;
    private final Clock clock;
    private final MessageSource messages;

    OfferingListing(OfferingStore store, Clock clock, MessageSource messages) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
    }

    PageOf<OfferingStore.Row> page(ListQuery query, Long unitId) {
        return store.page(query, LocalDate.now(clock), unitId);
    }

    long count(ListQuery query, Long unitId) {
        return store.count(query, LocalDate.now(clock), unitId);
    }

    @Transactional(readOnly = true)
    void export(ListQuery query, Long unitId, Locale locale, OutputStream out) {
        LocalDate today = LocalDate.now(clock);
        ExcelTable table = ExcelTable.start(out, text("offering.title", locale), List.of(
                ExcelColumn.text(text("offering.f.kind", locale)), ExcelColumn.text(text("offering.f.title", locale)),
                ExcelColumn.text(text("offering.stage", locale)), ExcelColumn.text(text("offering.f.startsOn", locale)),
                ExcelColumn.text(text("offering.f.endsOn", locale)), ExcelColumn.text(text("offering.f.place", locale)),
                ExcelColumn.number(text("offering.f.capacity", locale)),
                ExcelColumn.text(text("offering.f.signupOpens", locale)),
                ExcelColumn.text(text("offering.f.signupCloses", locale)),
                ExcelColumn.number(text("offering.enrolled", locale)),
                ExcelColumn.number(text("offering.waiting", locale))));
        try (Stream<OfferingStore.Row> rows = store.all(query, today, unitId)) {
            rows.forEach(r -> {
                Offering o = r.offering();
                table.row(text("offering.kind." + o.kind(), locale), o.title(),
                        text("offering.stage." + o.stageOn(today), locale), ChineseDate.of(o.startsOn()),
                        ChineseDate.of(o.endsOn()), o.place(), o.capacity(), ChineseDate.of(o.signupOpens()),
                        ChineseDate.of(o.signupCloses()), r.enrolled(), r.waiting());
            });
        }
        table.finish();
    }

    /** The roster of one offering (seats, then the waiting list, then cancelled), with attendance. */
    void roster(Offerings.OfferingPage page, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, page.offering().title(), List.of(
                ExcelColumn.number(text("offering.e.queue", locale)), ExcelColumn.text(text("offering.e.person", locale)),
                ExcelColumn.text(text("offering.e.unit", locale)), ExcelColumn.text(text("offering.e.leading", locale)),
                ExcelColumn.text(text("offering.e.channel", locale)), ExcelColumn.text(text("offering.e.status", locale)),
                ExcelColumn.text(text("offering.e.attendance", locale))));
        for (Enrolment e : page.roster()) {
            table.row(e.queueNo(), e.personName(), e.unitName(),
                    text(e.leadingTalent() ? "offering.yes" : "offering.no", locale),
                    text("offering.channel." + e.channel(), locale), text("offering.status." + e.status(), locale),
                    e.attendance() == null ? "" : text("offering.attendance." + e.attendance(), locale));
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
