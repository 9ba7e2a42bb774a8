package cn.jiangxin.policy;

import java.util.Objects;

/**
 * A parameter's value (canonical text), the article it implements and an optional note on its source.
 * {@code fromCatalogue} marks a value the stored version does not hold: the parameter was added to the catalogue
 * after the version was stored, and the catalogue's provisional value applies to it (the stored text is untouched).
 */
record PackParameter(String value, String article, String note, boolean fromCatalogue) {

    PackParameter {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(article, "article");
        note = note == null ? "" : note;
    }

    PackParameter(String value, String article, String note) {
        this(value, article, note, false);
    }
}
