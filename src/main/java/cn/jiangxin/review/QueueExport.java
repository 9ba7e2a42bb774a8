package cn.jiangxin.review;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A queue's Excel export: exactly the cases its filters find, in its order, with their age and overdue mark. */
@Component
class QueueExport {

    private final ReviewQueue queue;
    private final MessageSource messages;

    QueueExport(ReviewQueue queue, MessageSource messages) {
        this.queue = queue;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    void write(CurrentUser user, ReviewQueue.Desk desk, ListQuery query, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("nom." + desk.name().toLowerCase(Locale.ROOT), locale), List.of(
                ExcelColumn.text(text("nom.number", locale)), ExcelColumn.text(text("nom.person", locale)),
                ExcelColumn.text(text("nom.unit", locale)), ExcelColumn.text(text("nom.state", locale)),
                ExcelColumn.text(text("nom.submitted", locale)), ExcelColumn.number(text("nom.age", locale)),
                ExcelColumn.text(text("nom.overdue", locale))));
        try (Stream<QueueEntry> entries = queue.all(user, desk, query)) {
            entries.forEach(e -> table.row(e.nomination().number().toString(), e.nomination().personName(),
                    e.nomination().unitName(), text("nom.state." + e.nomination().state(), locale),
                    e.nomination().submittedAt() == null ? "" : BeijingTime.dateTime(e.nomination().submittedAt()),
                    e.ageWorkingDays(), e.overdue() ? text("nom.overdue", locale) : ""));
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
