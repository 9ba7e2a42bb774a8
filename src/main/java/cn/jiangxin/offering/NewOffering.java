package cn.jiangxin.offering;

import java.time.LocalDate;

import cn.jiangxin.platform.RuleViolationException;

/**
 * What policy staff type to publish an offering. The sign-up window must end before the offering starts and at
 * least one way of signing up must be open. Messages are keys of the offering bundle.
 */
public record NewOffering(OfferingKind kind, String title, String description, LocalDate startsOn,
        LocalDate endsOn, String place, int capacity, LocalDate signupOpens, LocalDate signupCloses,
        boolean openToTalents, boolean openToUnits) {

    static final int MAX_CAPACITY = 5000;

    public NewOffering {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        place = place == null ? "" : place.strip();
        if (kind == null) {
            throw new RuleViolationException("kind", "offering.error.kind");
        }
        if (title.isEmpty() || title.length() > 200) {
            throw new RuleViolationException("title", "offering.error.title");
        }
        if (description.length() > 2000) {
            throw new RuleViolationException("description", "offering.error.description");
        }
        if (place.isEmpty() || place.length() > 200) {
            throw new RuleViolationException("place", "offering.error.place");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new RuleViolationException("capacity", "offering.error.capacity");
        }
        if (signupOpens == null || signupCloses == null || signupCloses.isBefore(signupOpens)) {
            throw new RuleViolationException("signupCloses", "offering.error.window");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new RuleViolationException("endsOn", "offering.error.dates");
        }
        if (!startsOn.isAfter(signupCloses)) {
            throw new RuleViolationException("startsOn", "offering.error.startsAfterSignup");
        }
        if (!openToTalents && !openToUnits) {
            throw new RuleViolationException("openToTalents", "offering.error.who");
        }
    }
}
