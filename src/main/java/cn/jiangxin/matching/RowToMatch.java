package cn.jiangxin.matching;

/**
 * One imported row as the matcher needs it: the person's name, and optionally the ID number, the unit's name and the
 * unit's unified social credit code, each as typed in the list (the matcher normalises them).
 */
record RowToMatch(String name, String idNumber, String unitName, String creditCode) {

    RowToMatch {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a row to match needs a name");
        }
        idNumber = blankAsNull(idNumber);
        unitName = blankAsNull(unitName);
        creditCode = blankAsNull(creditCode);
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
