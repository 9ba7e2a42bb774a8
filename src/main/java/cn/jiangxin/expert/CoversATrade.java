package cn.jiangxin.expert;

/** Only experts of one of the need's trades; a need without trades takes every trade. */
final class CoversATrade implements ExclusionRule {

    @Override
    public Admission judge(Candidate expert, NeedFacts need) {
        boolean covers = need.trades().isEmpty() || expert.trades().stream().anyMatch(need.trades()::contains);
        return covers ? Admission.ALLOWED : Admission.refused("expert.excluded.otherTrade");
    }
}
