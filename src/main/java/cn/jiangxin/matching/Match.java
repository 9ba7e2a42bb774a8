package cn.jiangxin.matching;

import java.util.List;

/**
 * What matching one row came to: the outcome, the person when one was found ({@code null} otherwise), how, how sure
 * (0..1), the reasons in Chinese (shown to staff as they are) and the possible people when uncertain.
 */
record Match(MatchOutcome outcome, Long personId, MatchMethod method, double confidence, List<String> reasons,
        List<Candidate> alternatives) {

    Match {
        if (outcome == null || method == null) {
            throw new IllegalArgumentException("a match needs an outcome and a method");
        }
        reasons = List.copyOf(reasons);
        alternatives = List.copyOf(alternatives);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a match says why");
        }
        switch (outcome) {
            case MATCHED -> {
                if (personId == null || method == MatchMethod.NONE || confidence == 0) {
                    throw new IllegalArgumentException("a certain match names the person, the method and a confidence");
                }
            }
            case UNCERTAIN -> {
                if (alternatives.isEmpty()) {
                    throw new IllegalArgumentException("an uncertain match lists the possible people");
                }
            }
            case PROPOSE_REGISTRATION, NO_MATCH -> {
                if (personId != null || method != MatchMethod.NONE || confidence != 0 || !alternatives.isEmpty()) {
                    throw new IllegalArgumentException("no person, no method, no confidence when nobody was found");
                }
            }
        }
        if (personId != null && personId <= 0) {
            throw new IllegalArgumentException("person id must be positive");
        }
    }

    static Match certain(Candidate person, MatchMethod method, double confidence, List<String> reasons) {
        return new Match(MatchOutcome.MATCHED, person.personId(), method, confidence, reasons, List.of(person));
    }

    static Match uncertain(Long personId, MatchMethod method, double confidence, List<String> reasons,
            List<Candidate> alternatives) {
        return new Match(MatchOutcome.UNCERTAIN, personId, method, confidence, reasons, alternatives);
    }

    static Match none(MatchOutcome outcome, List<String> reasons) {
        return new Match(outcome, null, MatchMethod.NONE, 0, reasons, List.of());
    }
}
