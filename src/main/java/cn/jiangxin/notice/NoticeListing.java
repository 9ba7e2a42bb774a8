package cn.jiangxin.notice;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
 * Notices as paged lists: the staff's notices ({@code /notices}: open or ended, period overlapping a date range,
 * title search), the cases they list ({@code /notices/cases}: on notice, waiting for certification or closed), and
 * the public's past notices; each staff list with the Excel export of exactly its filter.
 */
@Component
class NoticeListing {

    static final ListSpec BATCHES = ListSpec.of("/notices", "id")
            .sort("first", "first_day").sort("last", "last_day").sort("title", "title")
            .sort("published", "published_at").defaultSort("first", true)
            .seekable("first", "last", "title", "published").withSearch()
            .choice("state", "open", "ended").date("from").date("to");

    static final ListSpec CASES = ListSpec.of("/notices/cases", "c.nomination_id")
            .sort("last", "b.last_day").sort("name", "c.person_name").sort("unit", "c.unit_name")
            .defaultSort("last", false).seekable("last", "name", "unit").withSearch()
            .choice("state", "running", "awaiting", "closed").id("batch");

    static final ListSpec PAST = ListSpec.of("/public/notices", "id").sort("first", "first_day")
            .defaultSort("first", true).seekable("first").withSearch();

    private final NoticeStore notices;
    private final NoticeCaseStore cases;
    private final MessageSource messages;
    private final Clock clock;

    NoticeListing(NoticeStore notices, NoticeCaseStore cases, MessageSource messages, Clock clock) {
        this.notices = notices;
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    PageOf<NoticeSummary> batches(ListQuery query) {
        return notices.page(query, today(), false);
    }

    /** Notices whose period is over, for the public page (running ones are shown above them, all of them). */
    PageOf<NoticeSummary> past(ListQuery query) {
        return notices.page(query, today(), true);
    }

    List<NoticeSummary> running() {
        return notices.running(today());
    }

    PageOf<NoticeCaseRow> cases(ListQuery query) {
        return cases.page(query, today());
    }

    long caseCount(ListQuery query) {
        return cases.count(query, today());
    }

    @Transactional(readOnly = true)
    void exportBatches(ListQuery query, Locale locale, OutputStream out) {
        LocalDate today = today();
        ExcelTable table = ExcelTable.start(out, text("notice.list", locale), List.of(
                ExcelColumn.text(text("notice.col.title", locale)), ExcelColumn.text(text("notice.col.firstDay", locale)),
                ExcelColumn.text(text("notice.col.lastDay", locale)), ExcelColumn.number(text("notice.col.workingDays", locale)),
                ExcelColumn.number(text("notice.col.cases", locale)), ExcelColumn.text(text("notice.col.state", locale)),
                ExcelColumn.text(text("notice.col.published", locale))));
        try (Stream<NoticeSummary> rows = notices.all(query, today)) {
            rows.forEach(b -> table.row(b.title(), b.period().firstDay().toString(), b.period().lastDay().toString(),
                    b.period().workingDays(), b.cases(), text("notice.state." + b.stateOn(today), locale),
                    BeijingTime.dateTime(b.publishedAt())));
        }
        table.finish();
    }

    @Transactional(readOnly = true)
    void exportCases(ListQuery query, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("notice.cases.title", locale), List.of(
                ExcelColumn.text(text("notice.name", locale)), ExcelColumn.text(text("notice.unit", locale)),
                ExcelColumn.text(text("notice.criterion", locale)), ExcelColumn.text(text("notice.col.title", locale)),
                ExcelColumn.text(text("notice.col.lastDay", locale)), ExcelColumn.text(text("notice.col.state", locale))));
        try (Stream<NoticeCaseRow> rows = cases.all(query, today())) {
            rows.forEach(c -> table.row(c.personName(), c.unitName(), c.criterion(), c.batchTitle(),
                    c.period().lastDay().toString(), text("notice.caseState." + c.state(), locale)));
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
