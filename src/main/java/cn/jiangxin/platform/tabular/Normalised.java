package cn.jiangxin.platform.tabular;

import java.util.Objects;
import java.util.Optional;

/**
 * What a normalisation rule made of one value: the value (with a note when it was changed in a way staff should
 * know, e.g. a 15-digit ID number converted), or the reason in Chinese why it cannot be used.
 */
public record Normalised<T>(T value, String note, String refusal) {

    public Normalised {
        if ((value == null) == (refusal == null)) {
            throw new IllegalArgumentException("either a value or a refusal");
        }
    }

    public static <T> Normalised<T> ok(T value) {
        return new Normalised<>(Objects.requireNonNull(value), null, null);
    }

    public static <T> Normalised<T> noted(T value, String note) {
        return new Normalised<>(Objects.requireNonNull(value), Objects.requireNonNull(note), null);
    }

    public static <T> Normalised<T> refused(String reason) {
        return new Normalised<>(null, null, Objects.requireNonNull(reason));
    }

    public boolean accepted() {
        return refusal == null;
    }

    public Optional<String> noteIfAny() {
        return Optional.ofNullable(note);
    }
}
