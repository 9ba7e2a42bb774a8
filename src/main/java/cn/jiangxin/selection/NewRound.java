package cn.jiangxin.selection;

import java.time.LocalDate;

import cn.jiangxin.platform.RuleViolationException;

/**
 * What policy staff type to open a round: the purpose (a code of the policy's list or {@link Round#PROGRAMME}), the
 * title (the programme's name; for an honour its name from the policy), the year, the places the district may
 * recommend, the conditions, the window for units to propose (both days included) and the deciding date. Messages
 * are keys of the selection bundle.
 */
public record NewRound(String purpose, String title, int year, int places, RoundConditions conditions,
        LocalDate proposalsOpen, LocalDate proposalsClose, LocalDate decideOn) {

    static final int MAX_PLACES = 500;

    public NewRound {
        purpose = purpose == null ? "" : purpose.strip();
        title = title == null ? "" : title.strip();
        if (purpose.isEmpty()) {
            throw new RuleViolationException("purpose", "selection.error.purpose");
        }
        if (Round.PROGRAMME.equals(purpose) && title.isEmpty()) {
            throw new RuleViolationException("title", "selection.error.title");
        }
        if (title.length() > 200) {
            throw new RuleViolationException("title", "selection.error.titleLength");
        }
        if (year < 2000 || year > 2100) {
            throw new RuleViolationException("year", "selection.error.year");
        }
        if (places < 1 || places > MAX_PLACES) {
            throw new RuleViolationException("places", "selection.error.places");
        }
        if (conditions == null) {
            conditions = RoundConditions.none();
        }
        if (proposalsOpen == null || proposalsClose == null) {
            throw new RuleViolationException("proposalsOpen", "selection.error.window");
        }
        if (proposalsClose.isBefore(proposalsOpen)) {
            throw new RuleViolationException("proposalsClose", "selection.error.windowOrder");
        }
        if (decideOn == null || decideOn.isBefore(proposalsClose)) {
            throw new RuleViolationException("decideOn", "selection.error.decideOn");
        }
    }

    NewRound titled(String name) {
        return new NewRound(purpose, name, year, places, conditions, proposalsOpen, proposalsClose, decideOn);
    }
}
