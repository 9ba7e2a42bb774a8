package cn.jiangxin.selection;

import java.util.Map;

/**
 * The records of a person that selection rounds rank and check candidates by. Declared here and implemented by
 * nomination, which keeps the forms and achievements (a call the other way would make a cycle).
 */
public interface CandidateRecords {

    /** The person's record; {@link CandidateRecord#NONE} when no form of theirs exists. */
    CandidateRecord of(long personId);

    /** The vocational skill levels, code to words, lowest first. */
    Map<String, String> skillLevels();
}
