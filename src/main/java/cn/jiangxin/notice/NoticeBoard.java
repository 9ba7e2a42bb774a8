package cn.jiangxin.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.calendar.WorkingCalendar;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.PlainText;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.PolicyVersion;
import cn.jiangxin.policy.PolicyVersions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public notices (WF-3): an approver publishes a batch of cases approved for notice, starting today, for the number of
 * working days of the policy version in force today; each case moves to IN_PUBLIC_NOTICE through the workflow.
 */
@Service
public class NoticeBoard {

    private final NoticeStore store;
    private final NoticeCases cases;
    private final PolicyVersions policies;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final AuditTrail audit;

    NoticeBoard(NoticeStore store, NoticeCases cases, PolicyVersions policies, WorkingCalendar calendar, Clock clock,
            AuditTrail audit) {
        this.store = store;
        this.cases = cases;
        this.policies = policies;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean acceptsObjectionsNow(NoticeBatch batch) {
        return batch.period().acceptsObjectionsAt(clock.instant());
    }

    /** The period a notice published today would have, or empty when no policy version is in force today. */
    public Optional<NoticePeriod> periodStartingToday() {
        LocalDate today = today();
        return policies.inForceOn(today).map(v -> NoticePeriod.starting(today, v.terms().noticeWorkingDays(), calendar));
    }

    /** Cases an approver may put on notice, with what the notice would show of each. */
    public List<NoticeBatch.Entry> candidates(CurrentUser user) {
        requireApprover(user);
        return cases.approvedForNotice();
    }

    /**
     * Publishes a notice of the chosen cases, starting today; all of them or none move to IN_PUBLIC_NOTICE.
     *
     * @throws RuleViolationException naming the case, when the workflow refuses one of them
     */
    @Transactional
    public long publish(CurrentUser user, String title, List<Long> caseIds) {
        return publish(user, title, caseIds, today());
    }

    /**
     * As {@link #publish(CurrentUser, String, List)}, for a notice whose period starts on {@code firstDay}, with the
     * number of working days of the policy version in force that day. Only the demo data calls it, for a notice that
     * is over already, so that its case can be certified on a real clock.
     */
    @Transactional
    public long publish(CurrentUser user, String title, List<Long> caseIds, LocalDate firstDay) {
        requireApprover(user);
        String t = PlainText.required("title", title, 200, "公示标题");
        List<Long> ids = caseIds == null ? List.of() : caseIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            throw new RuleViolationException("cases", "请至少选择一个案件");
        }
        PolicyVersion version = policies.inForceOn(firstDay).orElseThrow(
                () -> new RuleViolationException("cases", "今天没有生效的政策版本，不能开始公示"));
        NoticePeriod period = NoticePeriod.starting(firstDay, version.terms().noticeWorkingDays(), calendar);
        long batchId = store.insertBatch(t, version.code(), period, user.accountId(), clock.instant());
        int position = 0;
        for (long id : ids) {
            NoticeBatch.Entry entry = cases.entry(user, id);
            String which = "案件" + id + "（" + entry.personName() + "）：";
            if (!store.insertCase(batchId, position++, entry)) {
                throw new RuleViolationException("cases", which + "已列入其他公示");
            }
            try {
                cases.openNotice(user, id);
            } catch (RuleViolationException e) {
                throw new RuleViolationException("cases", which + e.getMessage());
            }
        }
        audit.recordChange("NOTICE_PUBLISHED", "notice_batch", batchId, ids.size() + " cases " + period.firstDay()
                + ".." + period.lastDay() + " policy=" + version.code());
        return batchId;
    }

    /** @throws NotFoundException when there is no such notice */
    public NoticeBatch get(long id) {
        return store.batch(id).orElseThrow(() -> new NotFoundException("notice " + id));
    }

    public Optional<NoticeBatch> ofCase(long nominationId) {
        return store.batchOf(nominationId);
    }

    private static void requireApprover(CurrentUser user) {
        if (!user.has(Role.APPROVER)) {
            throw new AccessDeniedException("only approvers publish notices");
        }
    }
}
