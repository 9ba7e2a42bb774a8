package cn.jiangxin.offering;

import java.util.List;
import java.util.Locale;

import cn.jiangxin.person.PersonRecords;
import cn.jiangxin.platform.ChineseDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The offerings a person completed (attendance recorded as attended), as lines of the registry's person page. */
@Component
class CompletionRecords implements PersonRecords {

    private final OfferingStore store;
    private final MessageSource messages;

    CompletionRecords(OfferingStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public List<Line> of(long personId) {
        Locale locale = LocaleContextHolder.getLocale();
        String heading = messages.getMessage("offering.person.heading", null, locale);
        return store.ofPerson(personId).stream().filter(Enrolment::completed)
                .map(e -> store.find(e.offeringId()).orElseThrow())
                .map(o -> new Line(heading, messages.getMessage("offering.person.line", new Object[] {o.title(),
                        messages.getMessage("offering.kind." + o.kind(), null, locale), ChineseDate.of(o.startsOn()),
                        ChineseDate.of(o.endsOn())}, locale)))
                .toList();
    }
}
