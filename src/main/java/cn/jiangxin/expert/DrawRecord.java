package cn.jiangxin.expert;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the audit log keeps of a completed draw, as one line: the need, both hashes of the commitment, the revealed
 * seed and the result. {@link #parse} reads it back, so that the result can be recomputed from the audit record
 * together with the stored snapshot.
 */
record DrawRecord(long needId, String snapshotHash, String seedHash, String seed, List<Long> drawn,
        List<Long> reserves) {

    DrawRecord {
        drawn = List.copyOf(drawn);
        reserves = List.copyOf(reserves);
    }

    String auditDetail() {
        return "need=" + needId + " snapshot=" + snapshotHash + " seedHash=" + seedHash + " seed=" + seed + " drawn="
                + join(drawn) + " reserves=" + join(reserves);
    }

    static DrawRecord parse(String detail) {
        java.util.Map<String, String> fields = Arrays.stream(detail.split(" ")).map(f -> f.split("=", 2))
                .collect(Collectors.toMap(f -> f[0], f -> f.length > 1 ? f[1] : ""));
        return new DrawRecord(Long.parseLong(fields.get("need")), fields.get("snapshot"), fields.get("seedHash"),
                fields.get("seed"), ids(fields.get("drawn")), ids(fields.get("reserves")));
    }

    /** Whether the seed and the snapshot match this record's commitment and give its result. */
    boolean recomputesFrom(String snapshot) {
        VerifiableDraw.Outcome again = VerifiableDraw.draw(seed, snapshot);
        return VerifiableDraw.sm3(snapshot).equals(snapshotHash) && VerifiableDraw.sm3(seed).equals(seedHash)
                && again.drawn().equals(drawn) && again.reserves().equals(reserves);
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> ids(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }
}
