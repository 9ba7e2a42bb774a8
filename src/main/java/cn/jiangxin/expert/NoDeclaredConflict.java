package cn.jiangxin.expert;

/** No expert who declared a conflict with a unit or a person concerned by the need. */
final class NoDeclaredConflict implements ExclusionRule {

    @Override
    public Admission judge(Candidate expert, NeedFacts need) {
        boolean conflict = expert.conflictUnits().stream().anyMatch(need.concernedUnits()::contains)
                || expert.conflictPeople().stream().anyMatch(need.concernedPeople()::contains);
        return conflict ? Admission.refused("expert.excluded.declaredConflict") : Admission.ALLOWED;
    }
}
