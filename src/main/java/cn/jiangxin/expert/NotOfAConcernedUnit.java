package cn.jiangxin.expert;

/** No expert of the same unit as any unit concerned by the need. */
final class NotOfAConcernedUnit implements ExclusionRule {

    @Override
    public Admission judge(Candidate expert, NeedFacts need) {
        return !need.concernedUnits().contains(expert.unitId()) ? Admission.ALLOWED : Admission.refused("expert.excluded.sameUnit");
    }
}
