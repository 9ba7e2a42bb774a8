package cn.jiangxin.evidence;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The files of a case for nomination's own rules, without asking who reads them (callers have checked that). */
@Component
public class NominationFiles {

    private final EvidenceStore store;

    NominationFiles(EvidenceStore store) {
        this.store = store;
    }

    public List<StoredFile> of(long nominationId) {
        return store.of(nominationId);
    }

    /**
     * Moves evidence to its achievement's new position and deletes evidence whose achievement is gone (rows now,
     * bytes once the transaction has committed). Answers how many files were deleted.
     */
    public int renumberEvidence(long nominationId, Map<Integer, Integer> moves, int achievements) {
        return store.renumberEvidence(nominationId, moves, achievements);
    }
}
