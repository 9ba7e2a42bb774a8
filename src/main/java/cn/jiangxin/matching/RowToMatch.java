package cn.jiangxin.matching;

/**
 * One imported row as the matcher needs it: the person's name, and optionally the ID number, the unit's name and the
 * unit's unified social credit code, each as typed in the list (the matcher normalises them). An imported entry keeps
 * its ID number only as the blind index of the normalised 18-digit number: {@code idNumberIndex} gives it instead of
 * {@code idNumber}, and is looked up as it is.
 */
record RowToMatch(String name, String idNumber, String unitName, String creditCode, String idNumberIndex) {

    RowToMatch(String name, String idNumber, String unitName, String creditCode) {
        this(name, idNumber, unitName, creditCode, null);
    }

    /** A row whose ID number is known only by its blind index (an imported entry). */
    static RowToMatch withBlindIndex(String name, String idNumberIndex, String unitName, String creditCode) {
        return new RowToMatch(name, null, unitName, creditCode, idNumberIndex);
    }

    RowToMatch {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a row to match needs a name");
        }
        idNumber = blankAsNull(idNumber);
        unitName = blankAsNull(unitName);
        creditCode = blankAsNull(creditCode);
        idNumberIndex = blankAsNull(idNumberIndex);
        if (idNumber != null && idNumberIndex != null) {
            throw new IllegalArgumentException("a row gives its ID number or its blind index, not both");
        }
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
