package cn.jiangxin.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jiangxin.calendar.WorkingCalendar;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.nomination.CaseFilter;
import cn.jiangxin.nomination.CaseRow;
import cn.jiangxin.nomination.CaseSearch;
import cn.jiangxin.nomination.FourEyes;
import cn.jiangxin.nomination.NominationLookup;
import cn.jiangxin.nomination.NominationState;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The reviewers' queue (submitted and under review) and the approvers' queue (reviewed, approved for notice), oldest
 * submission first, with each case's age in working days (WF-5) and an overdue mark past
 * {@code jiangxin.review.overdue-working-days}. Both narrow to the cases the signed-in reviewer took ({@code only=mine})
 * or to the overdue ones ({@code only=overdue}); the work page counts exactly what these links list.
 */
@Service
public class ReviewQueue {

    /** The two desks and the states each works on. */
    public enum Desk {
        REVIEW(Role.REVIEWER, Set.of(NominationState.SUBMITTED, NominationState.UNDER_REVIEW), "mine", "overdue"),
        APPROVAL(Role.APPROVER, Set.of(NominationState.REVIEWED, NominationState.APPROVED_FOR_NOTICE), "overdue");

        final Role role;
        final Set<NominationState> states;
        final ListSpec spec;
        final List<String> marks;

        Desk(Role role, Set<NominationState> states, String... marks) {
            this.role = role;
            this.states = states;
            this.marks = List.of(marks);
            // a queue holds submitted cases only, so their submission moment is never NULL
            this.spec = CaseSearch.spec("/" + name().toLowerCase(java.util.Locale.ROOT), states, "submitted", false)
                    .seekable("submitted").choice("only", marks);
        }

        public ListSpec spec() {
            return spec;
        }
    }

    private final CaseSearch cases;
    private final NominationLookup lookup;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final int overdueAfter;

    ReviewQueue(CaseSearch cases, NominationLookup lookup, WorkingCalendar calendar, Clock clock,
            @Value("${jiangxin.review.overdue-working-days:10}") int overdueAfter) {
        this.cases = cases;
        this.lookup = lookup;
        this.calendar = calendar;
        this.clock = clock;
        this.overdueAfter = overdueAfter;
    }

    public int overdueAfter() {
        return overdueAfter;
    }

    /** One page of the desk's queue as the query asks. */
    public PageOf<QueueEntry> page(CurrentUser user, Desk desk, ListQuery query) {
        LocalDate today = LocalDate.now(clock);
        return cases.page(filter(user, desk, query), query).map(row -> entry(user, row, today));
    }

    /** How many cases the query finds on the desk: what the work page shows beside the link to it. */
    public long count(CurrentUser user, Desk desk, ListQuery query) {
        return cases.count(filter(user, desk, query));
    }

    /** Every case the query finds, for the export; the caller closes the stream inside a transaction. */
    java.util.stream.Stream<QueueEntry> all(CurrentUser user, Desk desk, ListQuery query) {
        LocalDate today = LocalDate.now(clock);
        return cases.all(filter(user, desk, query), query).map(row -> entry(user, row, today));
    }

    /** The first page of the desk narrowed by these filters (a work page link). */
    static ListQuery link(Desk desk, Map<String, String> filters) {
        return ListQuery.filtered(desk.spec, filters);
    }

    private CaseFilter filter(CurrentUser user, Desk desk, ListQuery query) {
        if (!user.has(desk.role)) {
            throw new NotFoundException("queue");
        }
        Set<NominationState> states = query.filter("state").map(NominationState::valueOf).map(Set::of)
                .orElse(desk.states);
        CaseFilter filter = CaseFilter.inStates(states).submitted().ofUnit(query.id("unit").orElse(null))
                .searching(query.search(), query.date("from"), query.date("to"));
        return switch (query.text("only")) {
            case "mine" -> filter.reviewedBy(user.accountId());
            case "overdue" -> filter.submittedBefore(overdueFrom(LocalDate.now(clock)));
            default -> filter;
        };
    }

    /** The start of the first day whose submissions are not yet overdue today. */
    private Instant overdueFrom(LocalDate today) {
        LocalDate day = today;
        for (int i = 0; i < 3660 && calendar.workingDaysBetween(day, today) <= overdueAfter; i++) {
            day = day.minusDays(1);
        }
        return BeijingTime.startOf(day.plusDays(1));
    }

    private QueueEntry entry(CurrentUser user, CaseRow row, LocalDate today) {
        int age = row.submittedAt() == null ? 0
                : calendar.workingDaysBetween(LocalDate.ofInstant(row.submittedAt(), clock.getZone()), today);
        boolean reviewed = row.state() != NominationState.SUBMITTED && row.state() != NominationState.UNDER_REVIEW
                && lookup.find(row.id()).map(n -> FourEyes.tookPartInReview(n.workflow(), user.accountId()))
                        .orElse(false);
        return new QueueEntry(row, age, age > overdueAfter, reviewed);
    }
}
