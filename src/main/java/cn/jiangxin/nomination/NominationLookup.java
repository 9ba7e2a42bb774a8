package cn.jiangxin.nomination;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the cases, without the scope checks of {@link Nominations} (each caller applies its
 * own: the review queues their roles, tracking the talent's own cases). Read-only; the store stays inside.
 */
@Service
@Transactional(readOnly = true)
public class NominationLookup {

    private final NominationStore store;

    NominationLookup(NominationStore store) {
        this.store = store;
    }

    public Optional<NominationView> find(long id) {
        return store.find(id);
    }

    /** The cases about one person, newest first. */
    public List<NominationView> ofPerson(long personId) {
        return store.ofPerson(personId);
    }
}
