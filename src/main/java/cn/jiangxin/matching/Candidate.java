package cn.jiangxin.matching;

/**
 * A registered person a row may be: id, name as registered, unit and how alike the row's unit is to it (1 when the
 * unit was found by credit code or the person by ID number).
 */
record Candidate(long personId, String name, long unitId, String unitName, double unitSimilarity) {

    Candidate {
        if (personId <= 0 || unitId <= 0) {
            throw new IllegalArgumentException("candidate ids must be positive");
        }
        if (!(unitSimilarity >= 0 && unitSimilarity <= 1)) {
            throw new IllegalArgumentException("unit similarity must be within 0..1: " + unitSimilarity);
        }
    }
}
