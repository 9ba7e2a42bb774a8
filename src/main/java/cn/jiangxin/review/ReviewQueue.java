package cn.jiangxin.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.jiangxin.nomination.FourEyes;
import cn.jiangxin.nomination.NominationState;
import cn.jiangxin.nomination.NominationLookup;
import cn.jiangxin.nomination.NominationView;
import cn.jiangxin.calendar.WorkingCalendar;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.unit.Units;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The reviewers' queue (submitted and under review) and the approvers' queue (reviewed, approved for notice), with
 * each case's age in working days (WF-5) and an overdue mark past {@code jiangxin.review.overdue-working-days}.
 */
@Service
public class ReviewQueue {

    static final Set<NominationState> REVIEW = Set.of(NominationState.SUBMITTED, NominationState.UNDER_REVIEW);
    static final Set<NominationState> APPROVAL = Set.of(NominationState.REVIEWED, NominationState.APPROVED_FOR_NOTICE);

    private final NominationLookup store;
    private final People people;
    private final Units units;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final int overdueAfter;

    ReviewQueue(NominationLookup store, People people, Units units, WorkingCalendar calendar, Clock clock,
            @Value("${jiangxin.review.overdue-working-days:10}") int overdueAfter) {
        this.store = store;
        this.people = people;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
        this.overdueAfter = overdueAfter;
    }

    public int overdueAfter() {
        return overdueAfter;
    }

    /** Cases for review; {@code state} narrows to one of the review states, {@code unitId} to one unit. */
    public List<QueueEntry> forReview(CurrentUser user, NominationState state, Long unitId) {
        require(user, Role.REVIEWER);
        Set<NominationState> states = state != null && REVIEW.contains(state) ? Set.of(state) : REVIEW;
        return entries(user, store.inStates(states, unitId));
    }

    public List<QueueEntry> forApproval(CurrentUser user) {
        require(user, Role.APPROVER);
        return entries(user, store.inStates(APPROVAL, null));
    }

    private List<QueueEntry> entries(CurrentUser user, List<NominationView> cases) {
        LocalDate today = LocalDate.now(clock);
        return cases.stream().map(n -> {
            int age = n.submittedAt() == null ? 0
                    : calendar.workingDaysBetween(LocalDate.ofInstant(n.submittedAt(), clock.getZone()), today);
            boolean reviewed = FourEyes.tookPartInReview(n.workflow(), user.accountId());
            return new QueueEntry(n, people.find(n.personId()).map(p -> p.name()).orElse(""),
                    units.find(n.unitId()).map(u -> u.name()).orElse(""), age, age > overdueAfter, reviewed);
        }).toList();
    }

    private static void require(CurrentUser user, Role role) {
        if (!user.has(role)) {
            throw new NotFoundException("queue");
        }
    }
}
