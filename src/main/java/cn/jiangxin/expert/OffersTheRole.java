package cn.jiangxin.expert;

/** Only experts who serve in the need's role (project review, policy drafting, practice mentor, judge). */
final class OffersTheRole implements ExclusionRule {

    @Override
    public Admission judge(Candidate expert, NeedFacts need) {
        return expert.roles().contains(need.role()) ? Admission.ALLOWED : Admission.refused("expert.excluded.otherRole");
    }
}
