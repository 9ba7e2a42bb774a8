package cn.jiangxin.testsupport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.NominationAction;
import cn.jiangxin.nomination.NominationDraft;
import cn.jiangxin.nomination.NominationState;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.notice.NoticeBatch;
import cn.jiangxin.notice.Objections;
import org.springframework.context.ApplicationContext;

/**
 * A populated system for the tests that open every page: one case in each state of the workflow, made once per
 * context through the real services with the kit's accounts ({@link Staff}); the certified one brings its
 * entitlements, reward cases and a talent who has signed in ({@link #talent}); the one on notice is on a notice that
 * is still running, with an objection. Needs {@link MovableClock}: the first notice starts on 30 September 2025, and
 * the clock is left on the day after it, when the second one starts.
 */
public final class EveryState {

    private static final Map<Staff, Map<NominationState, Long>> MADE = new WeakHashMap<>();
    private static final Map<Staff, String> TALENTS = new WeakHashMap<>();

    private EveryState() {
    }

    /** The case of each state in this context (which must have {@link MovableClock}), made on the first call. */
    public static synchronized Map<NominationState, Long> ensure(ApplicationContext context) {
        NoticeFixture fixture = NoticeFixture.of(context);
        Map<NominationState, Long> made = MADE.get(fixture.staff());
        if (made == null) {
            made = Collections.unmodifiableMap(make(fixture, fixture.cases(), context.getBean(Objections.class)));
            MADE.put(fixture.staff(), made);
        }
        return made;
    }

    /** The user name of the certified case's talent (password {@link Staff#PASSWORD}), once {@link #ensure} ran. */
    public static synchronized String talent(Staff staff) {
        return TALENTS.get(staff);
    }

    private static Map<NominationState, Long> make(NoticeFixture fixture, Cases cases, Objections objections) {
        Staff staff = fixture.staff();
        Nominations nominations = cases.nominations();
        CurrentUser officer = staff.officer();
        CurrentUser reviewer = staff.reviewer();
        CurrentUser approver = staff.approver();
        NominationDraft draft = fixture.draft(NoticeFixture.worldSkillsGold(0, LocalDate.of(2024, 9, 15)));
        fixture.setClock(LocalDate.of(2025, 9, 30), LocalTime.of(10, 0));
        Map<NominationState, Long> ids = new EnumMap<>(NominationState.class);

        ids.put(NominationState.DRAFT, nominations.open(officer, fixture.newPerson()));
        long withdrawn = nominations.open(officer, fixture.newPerson());
        nominations.act(officer, withdrawn, NominationAction.WITHDRAW, "改报下一批");
        ids.put(NominationState.WITHDRAWN, withdrawn);

        long submitted = cases.ready(officer, fixture.newPerson(), draft);
        cases.submit(officer, submitted);
        ids.put(NominationState.SUBMITTED, submitted);
        long underReview = cases.ready(officer, fixture.newPerson(), draft);
        cases.submit(officer, underReview);
        nominations.act(reviewer, underReview, NominationAction.TAKE, null);
        ids.put(NominationState.UNDER_REVIEW, underReview);
        long returned = cases.ready(officer, fixture.newPerson(), draft);
        cases.submit(officer, returned);
        nominations.act(reviewer, returned, NominationAction.TAKE, null);
        nominations.act(reviewer, returned, NominationAction.RETURN, "请补充证书原件扫描件");
        ids.put(NominationState.RETURNED, returned);
        long reviewed = cases.ready(officer, fixture.newPerson(), draft);
        cases.submit(officer, reviewed);
        cases.reviewAndPass(reviewer, reviewed, draft);
        ids.put(NominationState.REVIEWED, reviewed);
        long rejected = cases.ready(officer, fixture.newPerson(), draft);
        cases.submit(officer, rejected);
        cases.reviewAndPass(reviewer, rejected, draft);
        nominations.act(approver, rejected, NominationAction.REJECT, "业绩证明不足");
        ids.put(NominationState.REJECTED, rejected);
        ids.put(NominationState.APPROVED_FOR_NOTICE, fixture.approvedCase());

        long onNotice = fixture.approvedCase();
        long certifiedPerson = fixture.newPerson();
        long certified = fixture.approvedCase(certifiedPerson, draft);
        TALENTS.put(staff, staff.talent(fixture.talentCredentials(certifiedPerson)));
        fixture.afterNotice(fixture.publish(certified));
        cases.certify(approver, certified);
        ids.put(NominationState.CERTIFIED, certified);
        NoticeBatch running = fixture.publish(onNotice);
        objections.file(new Objections.PublicObjection(running.id(), onNotice, "该人员获奖项目与其岗位不符", "王师傅",
                "13800138000", UUID.randomUUID().toString(), "every-state"));
        ids.put(NominationState.IN_PUBLIC_NOTICE, onNotice);
        return ids;
    }
}
