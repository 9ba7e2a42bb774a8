package cn.jiangxin.policy;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The packs shipped with the application, readable without a database (for tests, benchmarks, tools). */
public final class ShippedPacks {

    private ShippedPacks() {
    }

    /** The Chaoyang 2025 draft as the version it is installed as (id 0 here: not read from the database). */
    public static PolicyVersion chaoyang2025Draft() {
        try {
            PolicyPack pack = FirstPackInstaller.shipped();
            return new PolicyVersion(0, pack.code(), pack.title(), pack.effectiveFrom(), new PolicyTerms(pack));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
