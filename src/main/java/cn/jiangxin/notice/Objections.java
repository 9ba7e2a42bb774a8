package cn.jiangxin.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.PlainText;
import cn.jiangxin.platform.PublicForms;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections to cases on public notice (WF-3): anyone files one while the notice runs, with a name and a contact; an
 * open objection blocks certification until an approver resolves it with an outcome and a reason. Contacts are
 * shown to Bureau staff only, and each showing is audited.
 */
@Service
public class Objections {

    static final int MAX_BODY = 2000;

    private final ObjectionStore store;
    private final NoticeStore notices;
    private final Clock clock;
    private final AuditTrail audit;
    private final NoticeCases cases;

    Objections(ObjectionStore store, NoticeStore notices, Clock clock, AuditTrail audit, NoticeCases cases) {
        this.store = store;
        this.notices = notices;
        this.clock = clock;
        this.audit = audit;
        this.cases = cases;
    }

    /** What a member of the public sends; {@code clientKey} is the one-way key of their address. */
    public record PublicObjection(long batchId, long nominationId, String body, String name, String contact,
            String submissionKey, String clientKey) {
    }

    /** Returns the receipt number; the same form sent twice gets the same receipt. */
    @Transactional
    public String file(PublicObjection o) {
        NoticeBatch batch = notices.batch(o.batchId()).filter(b -> b.entry(o.nominationId()).isPresent())
                .orElseThrow(() -> new NotFoundException("notice " + o.batchId() + " case " + o.nominationId()));
        String token = PublicForms.formToken("body", o.submissionKey());
        Optional<String> earlier = store.receiptFor(o.nominationId(), token);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        if (!batch.period().acceptsObjectionsAt(now)) {
            throw new RuleViolationException("body", "公示期为" + batch.period().firstDay() + "至"
                    + batch.period().lastDay() + "，现在不在公示期内，不能提出异议");
        }
        PublicForms.limitRate("body", now, since -> store.recentFrom(o.clientKey(), since));
        var row = new ObjectionStore.Row(o.batchId(), o.nominationId(),
                PlainText.required("body", o.body(), MAX_BODY, "异议内容"), PlainText.required("name", o.name(), 50, "姓名"),
                ObjectorContact.parse(o.contact()), now, o.clientKey(), token);
        if (!store.lockInNotice(o.nominationId())) {
            throw new RuleViolationException("body", "该案件已结束公示，不能再提出异议");
        }
        String receipt = PublicForms.storeWithReceipt("YY", now.atZone(clock.getZone()).toLocalDate(),
                r -> store.insert(row, r), () -> store.receiptFor(o.nominationId(), token));
        audit.recordChange("OBJECTION_FILED", "nomination", o.nominationId(), receipt);
        return receipt;
    }

    /** Whether an objection with this receipt exists and has been resolved; nothing else is told publicly. */
    public Optional<Boolean> resolvedByReceipt(String receiptNo) {
        return byReceipt(receiptNo).map(ReceiptStatus::resolved);
    }

    /** What the public learns of an objection by its receipt number: when it was filed and whether it is resolved. */
    public record ReceiptStatus(String receiptNo, Instant filedAt, boolean resolved) {
    }

    public Optional<ReceiptStatus> byReceipt(String receiptNo) {
        return store.byReceipt(receiptNo == null ? "" : receiptNo.strip().toUpperCase())
                .map(v -> new ReceiptStatus(v.receiptNo(), v.receivedAt(), !v.isOpen()));
    }

    /** @throws AccessDeniedException unless the user is an approver */
    @Transactional
    public ObjectionView resolve(CurrentUser user, long objectionId, ObjectionOutcome outcome, String reason) {
        if (!user.has(Role.APPROVER)) {
            throw new AccessDeniedException("only approvers resolve objections");
        }
        ObjectionView o = store.find(objectionId).orElseThrow(() -> new NotFoundException("objection " + objectionId));
        cases.requireObjectionsResolvable(user, o.nominationId());
        if (outcome == null) {
            throw new RuleViolationException("outcome", "请选择异议是否成立");
        }
        String why = PlainText.required("reason", reason, PlainText.MAX_REASON, "处理理由");
        if (!store.resolve(objectionId, outcome, why, user.accountId(), clock.instant())) {
            throw new RuleViolationException("outcome", "该异议已处理，不能重复处理");
        }
        audit.recordChange("OBJECTION_RESOLVED", "nomination", o.nominationId(), o.receiptNo() + " " + outcome);
        return o;
    }

    /** The objections to a case, with contacts, for reviewers and approvers; others get none. */
    public List<ObjectionView> of(CurrentUser user, long nominationId) {
        return shown(user, isStaff(user) ? store.of(nominationId) : List.of(), "nomination " + nominationId);
    }

    private static boolean isStaff(CurrentUser user) {
        return user.has(Role.REVIEWER) || user.has(Role.APPROVER);
    }

    private List<ObjectionView> shown(CurrentUser user, List<ObjectionView> list, String where) {
        if (!list.isEmpty()) {
            audit.recordIndependently(new AuditEvent(user.username(), "READ_OBJECTOR_CONTACTS", "notice_objection",
                    where, AuditEvent.Outcome.SUCCESS, list.size() + " objections"));
        }
        return list;
    }
}
