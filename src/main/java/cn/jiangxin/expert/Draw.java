package cn.jiangxin.expert;

import java.time.Instant;

/**
 * The draw of a need: the frozen snapshot and the commitment recorded before drawing, who committed it and when;
 * after the supervisor's co-signature, who co-signed, when, the revealed seed and the result.
 */
record Draw(long id, long needId, String snapshot, String snapshotHash, String seedHash, String sealedSeed,
        String seed, int wanted, int reserves, long committedByAccount, String committedBy, Instant committedAt,
        Long cosignedByAccount, String cosignedBy, Instant drawnAt, String result) {

    public boolean drawn() {
        return seed != null;
    }
}
