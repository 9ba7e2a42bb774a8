package cn.jiangxin.care;

import java.util.List;
import java.util.Locale;

import cn.jiangxin.person.PersonRecords;
import cn.jiangxin.platform.ChineseDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The holiday-care visits made to a person, as lines of the registry's person page. */
@Component
class CareRecords implements PersonRecords {

    private final CareRounds rounds;
    private final CareStore store;
    private final MessageSource messages;

    CareRecords(CareRounds rounds, CareStore store, MessageSource messages) {
        this.rounds = rounds;
        this.store = store;
        this.messages = messages;
    }

    @Override
    public List<Line> of(long personId) {
        Locale locale = LocaleContextHolder.getLocale();
        String heading = messages.getMessage("care.person.heading", null, locale);
        return rounds.visitsMadeTo(personId).stream().map(v -> {
            CareRound r = store.round(v.roundId()).orElseThrow();
            return new Line(heading, messages.getMessage("care.person.line", new Object[] {r.name(),
                    ChineseDate.of(v.visitedOn()), v.visitedBy()}, locale));
        }).toList();
    }
}
