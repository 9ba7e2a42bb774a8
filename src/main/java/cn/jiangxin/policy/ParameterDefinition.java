package cn.jiangxin.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/** One parameter every pack must carry: its key, how it is written and the smallest value it may take. */
record ParameterDefinition(String key, ParameterType type, Long min, Pattern pattern) {

    ParameterDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
    }

    String problem(String text) {
        return type.problem(text, min, pattern);
    }

    /** The value as stored: re-written from its JSON form, so equal values compare equal in diffs. */
    String canonical(String text) {
        return type.fromJson(type.toJson(text.strip()));
    }
}
