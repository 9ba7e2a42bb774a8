package cn.jiangxin.offering;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A person may be signed up only in the offering's window: leading talents from the priority date (the opening of
 * sign-up, or earlier under a priority window), everyone else from the opening; nobody after the close. Only the ways
 * of signing up the offering is open to count.
 */
final class SignUpOpen {

    private SignUpOpen() {
    }

    static Optional<String> refusal(Offering o, Enrolment.Channel channel, boolean leadingTalent, LocalDate today) {
        if (channel == Enrolment.Channel.TALENT && !o.openToTalents()) {
            return Optional.of("offering.error.notForTalents");
        }
        if (channel == Enrolment.Channel.UNIT && !o.openToUnits()) {
            return Optional.of("offering.error.notForUnits");
        }
        if (today.isAfter(o.signupCloses())) {
            return Optional.of("offering.error.signupClosed");
        }
        LocalDate from = leadingTalent ? o.priority().priorityFrom() : o.signupOpens();
        if (today.isBefore(from)) {
            return Optional.of(leadingTalent || o.priority().priorityFrom().isEqual(o.signupOpens())
                    ? "offering.error.signupNotOpen" : "offering.error.priorityWindow");
        }
        return Optional.empty();
    }
}
