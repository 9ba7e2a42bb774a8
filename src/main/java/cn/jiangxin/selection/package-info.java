/**
 * Owns selection rounds (评选 / 优先推荐, BEN-2, art. 4 item (二)): policy staff open a round for an honour or a
 * programme, active leading talents who meet its conditions are listed first in the policy's ranking order, units
 * propose other people in the window, staff record each candidate's recommendation and the awarding body's result,
 * and a won honour is announced as {@link cn.jiangxin.selection.HonourAwarded}; it declares
 * {@link cn.jiangxin.selection.CandidateRecords}, which nomination implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Selection",
        allowedDependencies = { "audit", "certification", "evidence", "identity", "person", "platform", "policy",
        "unit" })
package cn.jiangxin.selection;
