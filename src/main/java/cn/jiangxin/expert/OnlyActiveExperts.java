package cn.jiangxin.expert;

/** Paused, suspended and departed experts are not drawn. */
final class OnlyActiveExperts implements ExclusionRule {

    @Override
    public Admission judge(Candidate expert, NeedFacts need) {
        return expert.status() == ExpertStatus.ACTIVE ? Admission.ALLOWED : Admission.refused("expert.excluded.notActive");
    }
}
