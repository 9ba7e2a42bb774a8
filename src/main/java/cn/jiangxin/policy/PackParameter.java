package cn.jiangxin.policy;

import java.util.Objects;

/** A parameter's value (canonical text), the article it implements and an optional note on its source. */
record PackParameter(String value, String article, String note) {

    PackParameter {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(article, "article");
        note = note == null ? "" : note;
    }
}
