package cn.jiangxin.policy;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The packs shipped with the application, readable without a database (for tests, benchmarks, tools). */
public final class ShippedPacks {

    private ShippedPacks() {
    }

    /** The Chaoyang 2025 draft as the version it is installed as (id 0 here: not read from the database). */
    public static PolicyVersion chaoyang2025Draft() {
        return chaoyang2025DraftWith(java.util.Map.of());
    }

    /**
     * The Chaoyang 2025 draft with some parameters changed, as a draft version copied from it would hold them
     * (keys of {@link ParameterCatalogue}, values in their canonical text form).
     *
     * @throws IllegalArgumentException for an unknown key or an invalid value
     */
    public static PolicyVersion chaoyang2025DraftWith(java.util.Map<String, String> values) {
        values.keySet().stream().filter(k -> ParameterCatalogue.find(k).isEmpty()).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("no parameter " + k);
        });
        try {
            PolicyPack pack = FirstPackInstaller.shipped();
            PolicyPack changed = values.isEmpty() ? pack : pack.with(pack.code(), pack.title(), values);
            return new PolicyVersion(0, changed.code(), changed.title(), changed.effectiveFrom(), new PolicyTerms(changed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
