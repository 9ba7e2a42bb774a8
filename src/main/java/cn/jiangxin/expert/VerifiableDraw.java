package cn.jiangxin.expert;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The draw as a documented deterministic function of a secret seed and a frozen snapshot (ADR 0006), so that anyone
 * holding both can recompute it and check them against the commitment recorded before drawing.
 * <ol>
 * <li>The snapshot is text (UTF-8, lines joined by "\n"): {@code jiangxin-expert-draw/1}, {@code need: <id>},
 * {@code wanted: <n>}, {@code reserves: <r>}, then one line per qualifying expert, {@code L <expert id>} for a
 * leading talent, {@code O <expert id>} for another expert, leading ones first, each tier by ascending id.</li>
 * <li>The commitment: {@code SM3(snapshot)} and {@code SM3(seed)}, lowercase hex; the seed is 64 lowercase hex
 * characters (32 random bytes), hashed as its ASCII text.</li>
 * <li>Each expert's key is {@code SM3(seed + "|" + SM3(snapshot) + "|" + expert id)} in hex. Within each tier the
 * experts are sorted by key (ascending, as text); the leading tier comes first. The first {@code wanted} are
 * drawn, the next {@code reserves} are the reserves in their order.</li>
 * </ol>
 */
final class VerifiableDraw {

    static final String FORMAT = "jiangxin-expert-draw/1";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The parsed snapshot: the need, the sizes and the qualifying experts of each tier. */
    record Snapshot(long needId, int wanted, int reserves, List<Long> leading, List<Long> others) {

        Snapshot {
            leading = List.copyOf(leading);
            others = List.copyOf(others);
        }

        int size() {
            return leading.size() + others.size();
        }
    }

    /** The outcome: the experts drawn and the reserves, each in order. */
    record Outcome(List<Long> drawn, List<Long> reserves) {

        Outcome {
            drawn = List.copyOf(drawn);
            reserves = List.copyOf(reserves);
        }

        List<Long> all() {
            List<Long> all = new ArrayList<>(drawn);
            all.addAll(reserves);
            return all;
        }
    }

    private VerifiableDraw() {
    }

    /** The snapshot text of the qualifying experts for the need (their order here does not matter). */
    static String snapshot(NeedFacts need, List<Candidate> qualifying) {
        StringBuilder text = new StringBuilder(FORMAT).append("\nneed: ").append(need.needId())
                .append("\nwanted: ").append(need.wanted()).append("\nreserves: ").append(need.reserves());
        qualifying.stream().filter(Candidate::leading).map(Candidate::expertId).sorted()
                .forEach(id -> text.append("\nL ").append(id));
        qualifying.stream().filter(c -> !c.leading()).map(Candidate::expertId).sorted()
                .forEach(id -> text.append("\nO ").append(id));
        return text.toString();
    }

    static Snapshot parse(String snapshot) {
        String[] lines = snapshot.split("\n", -1);
        if (lines.length < 4 || !lines[0].equals(FORMAT) || !lines[1].startsWith("need: ")
                || !lines[2].startsWith("wanted: ") || !lines[3].startsWith("reserves: ")) {
            throw new IllegalArgumentException("not a " + FORMAT + " snapshot");
        }
        List<Long> leading = new ArrayList<>();
        List<Long> others = new ArrayList<>();
        for (int i = 4; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("L ")) {
                leading.add(Long.parseLong(line.substring(2)));
            } else if (line.startsWith("O ")) {
                others.add(Long.parseLong(line.substring(2)));
            } else {
                throw new IllegalArgumentException("line " + (i + 1) + " of the snapshot is not an expert: " + line);
            }
        }
        return new Snapshot(Long.parseLong(lines[1].substring(6)), Integer.parseInt(lines[2].substring(8)),
                Integer.parseInt(lines[3].substring(10)), leading, others);
    }

    static String newSeed() {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }

    static String sm3(String text) {
        SM3Digest digest = new SM3Digest();
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        digest.update(in, 0, in.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /** The result of the seed on the snapshot: the experts drawn, then the reserves. */
    static Outcome draw(String seed, String snapshot) {
        if (!seed.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a seed is 64 lowercase hex characters");
        }
        Snapshot s = parse(snapshot);
        String snapshotHash = sm3(snapshot);
        List<Long> order = new ArrayList<>(sortedByKey(s.leading(), seed, snapshotHash));
        order.addAll(sortedByKey(s.others(), seed, snapshotHash));
        int drawn = Math.min(s.wanted(), order.size());
        int reserves = Math.min(s.reserves(), order.size() - drawn);
        return new Outcome(order.subList(0, drawn), order.subList(drawn, drawn + reserves));
    }

    private static List<Long> sortedByKey(List<Long> tier, String seed, String snapshotHash) {
        record Keyed(long id, String key) {
        }
        return tier.stream().map(id -> new Keyed(id, sm3(seed + "|" + snapshotHash + "|" + id)))
                .sorted(Comparator.comparing(Keyed::key).thenComparingLong(Keyed::id)).map(Keyed::id).toList();
    }
}
