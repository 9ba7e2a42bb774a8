package cn.jiangxin.person;

import java.util.List;

/**
 * What another module keeps about a person that the registry's page shows (for example the training a person
 * completed): the module that keeps it implements this, since the registry may not depend on it. Lines are in the
 * words of the current locale.
 */
public interface PersonRecords {

    /** One line of a person's record: its heading (the kind of record) and its text. */
    record Line(String heading, String text) {
    }

    List<Line> of(long personId);
}
