package cn.jiangxin.matching;

import java.util.Optional;

import org.springframework.stereotype.Service;

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

    public ListMatchCounts countsOf(long listId) {
        return store.countsOf(listId);
    }
}
