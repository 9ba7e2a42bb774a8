package cn.jiangxin.nomination;

/**
 * A rule of what an action needs once the actor may take it (ADR 0002): a reason, or facts of the case that the
 * caller supplies ({@link CaseFacts}). {@code reason} is stripped and never null.
 */
interface RequirementRule {

    Verdict judge(NominationWorkflow workflow, NominationAction action, String reason, CaseFacts facts);
}
