package cn.jiangxin.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The files of a case for other modules' own use, without asking who reads them (callers have checked that):
 * nomination's rules, and the photo for the printed form (paperform).
 */
@Component
public class NominationFiles {

    private final EvidenceStore store;

    NominationFiles(EvidenceStore store) {
        this.store = store;
    }

    public List<StoredFile> of(long nominationId) {
        return store.of(nominationId);
    }

    /** The bytes of the case's photo (a JPEG or PNG checked on upload), if it has one. */
    public Optional<byte[]> photo(long nominationId) {
        return store.photo(nominationId).map(p -> {
            try {
                return Files.readAllBytes(store.pathOf(p.id()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Moves evidence to its achievement's new position and deletes evidence whose achievement is gone (rows now,
     * bytes once the transaction has committed). Answers how many files were deleted.
     */
    public int renumberEvidence(long nominationId, Map<Integer, Integer> moves, int achievements) {
        return store.renumberEvidence(nominationId, moves, achievements);
    }
}
