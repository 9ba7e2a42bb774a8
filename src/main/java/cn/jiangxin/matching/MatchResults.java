package cn.jiangxin.matching;

import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What matching came to, for the modules that act on settled entries; reads only. */
@Service
public class MatchResults {

    private final MatchResultStore store;

    MatchResults(MatchResultStore store) {
        this.store = store;
    }

    /** The registered person an entry is settled as (certain, or confirmed by staff); empty otherwise. */
    public Optional<Long> settledPersonOf(long entryId) {
        return store.settledPersonOf(entryId);
    }

    /** Hands each settled entry of a list to {@code sink}, streamed in entry order. */
    @Transactional(readOnly = true)
    public void forEachSettled(long listId, Consumer<SettledMatch> sink) {
        store.forEachSettled(listId, sink);
    }

    public ListMatchCounts countsOf(long listId) {
        return store.countsOf(listId);
    }
}
