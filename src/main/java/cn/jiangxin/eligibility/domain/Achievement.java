package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Something a candidate obtained on a date that may meet a criterion of art. 3. */
public sealed interface Achievement {

    LocalDate date();

    /** A place at a competition; a team member holds the team's place. */
    record CompetitionPlace(String competition, int place, LocalDate date) implements Achievement {
        public CompetitionPlace {
            Objects.requireNonNull(competition, "competition");
            Objects.requireNonNull(date, "date");
            if (place < 1) {
                throw new IllegalArgumentException("place must be 1 or more");
            }
        }
    }

    /** An honour title or a government allowance. */
    record Honor(String code, LocalDate date) implements Achievement {
        public Honor {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(date, "date");
        }
    }

    /** Leader (领办人) of a skill master studio of a level. */
    record StudioLeadership(String level, LocalDate date) implements Achievement {
        public StudioLeadership {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(date, "date");
        }
    }
}
