package cn.jiangxin.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published notice (公示批次): its title, the policy version whose number of working days it runs for, its period,
 * and what the public sees of each case, as copied at publication.
 */
public record NoticeBatch(long id, String title, String policyVersion, NoticePeriod period, Instant publishedAt,
        List<Entry> entries) {

    /**
     * One case as the public sees it: name, sex ({@code MALE} or {@code FEMALE}, shown in words; null on notices
     * published before it was copied), nominating unit, occupation (null likewise) and criterion in words. Never an
     * ID number.
     */
    public record Entry(long nominationId, String personName, String sex, String unitName, String occupation,
            String criterion) {
    }

    public NoticeBatch {
        entries = List.copyOf(entries);
    }

    public boolean runningOn(LocalDate day) {
        return !day.isBefore(period.firstDay()) && !period.isOverOn(day);
    }

    public java.util.Optional<Entry> entry(long nominationId) {
        return entries.stream().filter(e -> e.nominationId() == nominationId).findFirst();
    }
}
