package cn.jiangxin.expert;

/** None of the people concerned by the need is drawn as its expert. */
final class NotAPersonConcerned implements ExclusionRule {

    @Override
    public Admission judge(Candidate expert, NeedFacts need) {
        return !need.concernedPeople().contains(expert.personId()) ? Admission.ALLOWED : Admission.refused("expert.excluded.personConcerned");
    }
}
