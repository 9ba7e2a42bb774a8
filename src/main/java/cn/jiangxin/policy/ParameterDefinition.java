package cn.jiangxin.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One parameter every pack must carry: its key, how it is written and the smallest value it may take. A parameter
 * added after versions were published may name a provisional value ({@code laterAddition}) that applies to a stored
 * version without it, so that a published version stays exactly what it was when published.
 */
record ParameterDefinition(String key, ParameterType type, Long min, Pattern pattern, PackParameter laterAddition) {

    ParameterDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
    }

    ParameterDefinition(String key, ParameterType type, Long min, Pattern pattern) {
        this(key, type, min, pattern, null);
    }

    String problem(String text) {
        return type.problem(text, min, pattern);
    }

    /** The value as stored: re-written from its JSON form, so equal values compare equal in diffs. */
    String canonical(String text) {
        return type.fromJson(type.toJson(text.strip()));
    }
}
