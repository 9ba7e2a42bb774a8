package cn.jiangxin.expert;

/** One reason of art. 4 item 4's fair draw to leave an expert out of a need's pool before drawing. */
interface ExclusionRule {

    Admission judge(Candidate expert, NeedFacts need);
}
