package cn.jiangxin.policy;

import java.util.ArrayList;
import java.util.List;

/** Two versions side by side, parameter by parameter, in catalogue order. */
record VersionDiff(StoredVersion left, StoredVersion right, List<Row> rows) {

    /** {@code leftLater}/{@code rightLater}: the side holds the catalogue's provisional value, not a stored one. */
    record Row(String key, String leftValue, String rightValue, String leftArticle, String rightArticle,
            boolean leftLater, boolean rightLater) {
        public boolean changed() {
            return !leftValue.equals(rightValue) || !leftArticle.equals(rightArticle);
        }
    }

    static VersionDiff between(StoredVersion left, StoredVersion right) {
        List<Row> rows = new ArrayList<>();
        for (ParameterDefinition def : ParameterCatalogue.all()) {
            PackParameter l = left.pack().parameters().get(def.key());
            PackParameter r = right.pack().parameters().get(def.key());
            rows.add(new Row(def.key(), l.value(), r.value(), l.article(), r.article(), l.fromCatalogue(),
                    r.fromCatalogue()));
        }
        return new VersionDiff(left, right, rows);
    }

    public long changedCount() {
        return rows.stream().filter(Row::changed).count();
    }
}
