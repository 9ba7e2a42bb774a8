package cn.jiangxin.expert;

/** No expert already asked or engaged on another need of the same day. */
final class NotEngagedThatDay implements ExclusionRule {

    @Override
    public Admission judge(Candidate expert, NeedFacts need) {
        return !expert.engagedThatDay() ? Admission.ALLOWED : Admission.refused("expert.excluded.engaged");
    }
}
