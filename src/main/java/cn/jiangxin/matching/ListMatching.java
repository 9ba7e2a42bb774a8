package cn.jiangxin.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.jiangxin.listimport.ImportedEntries;
import cn.jiangxin.listimport.ImportedEntry;
import cn.jiangxin.listimport.ListImported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches every entry of a list to the registry when its import is done (issue 17 item 6) and keeps the result of
 * each in {@code match_result}: decision AUTO for a certain match, PENDING (staff confirm or reject) for an uncertain
 * one, NONE when nobody was found. The entries are streamed and matched {@link MatchingRules#MATCH_CHUNK} at a
 * time, the results written {@link MatchingRules#LOOKUP_CHUNK} at a time, each in a transaction of its own, so memory
 * and transactions stay bounded for a list of 200,000 rows. Writing is an upsert by entry: matching a list again (the
 * event delivered twice, or a later list re-importing an entry) gives the same rows, and keeps a staff decision
 * (confirmed or rejected) when the person found is still the one decided on; a staff decision taken while a list is
 * being matched is never overwritten (each write is conditional on the decision it read).
 */
@Service
class ListMatching {

    /** Reasons and alternatives beyond the column's size are cut (the reasons' first lines are the telling ones). */
    private static final int TEXT_LIMIT = 2000;

    private final ImportedEntries entries;
    private final RegistryMatcher matcher;
    private final MatchResultStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate chunkTx;
    private final Clock clock;

    ListMatching(ImportedEntries entries, RegistryMatcher matcher, MatchResultStore store,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.entries = entries;
        this.matcher = matcher;
        this.store = store;
        this.events = events;
        this.chunkTx = new TransactionTemplate(transactions);
        this.chunkTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * A list's import is done: match its entries, then say so with {@link ListMatched} (published in this listener's
     * transaction, which also marks the {@link ListImported} publication complete).
     * <p>
     * If the node dies half-way, the chunks written so far stay and the publication of {@code ListImported} stays
     * incomplete in the event publication registry; the application republishes outstanding publications when a node
     * starts ({@code spring.modulith.events.republish-outstanding-events-on-restart: true}), so the list is matched
     * again from its first entry: the chunks already written are written to the same values (upsert by entry, staff
     * decisions kept), the rest are added, and {@code ListMatched} is published by the run that finishes. Until then
     * the list's results are partial, which the review page shows as they are.
     */
    @ApplicationModuleListener
    void on(ListImported imported) {
        matchAndAnnounce(imported.listId());
    }

    /** Matches the list and publishes {@link ListMatched}, in the caller's transaction (or one of its own). */
    @Transactional
    void matchAndAnnounce(long listId) {
        events.publishEvent(new ListMatched(listId, match(listId)));
    }

    /** Matches every entry of the list and answers how the list's results stand. */
    ListMatchCounts match(long listId) {
        Instant at = clock.instant();
        Deque<Long> entryIds = new ArrayDeque<>();
        List<MatchResultStore.Result> results = new ArrayList<>();
        RegistryMatcher.Batch batch = matcher.batch((row, match) -> {
            results.add(result(entryIds.removeFirst(), listId, match, at));
            if (results.size() >= MatchingRules.LOOKUP_CHUNK) {
                write(results);
            }
        });
        entries.forEachOf(listId, entry -> {
            entryIds.addLast(entry.entryId());
            batch.add(rowOf(entry));
        });
        batch.finish();
        write(results);
        return store.countsOf(listId);
    }

    static RowToMatch rowOf(ImportedEntry entry) {
        return RowToMatch.withBlindIndex(entry.name(), entry.idNumberIndex(), entry.unitName(), entry.unitCreditCode());
    }

    private void write(List<MatchResultStore.Result> results) {
        if (results.isEmpty()) {
            return;
        }
        chunkTx.executeWithoutResult(status -> {
            Map<Long, MatchResultStore.Stored> stored = store.stored(
                    results.stream().map(MatchResultStore.Result::entryId).toList());
            for (MatchResultStore.Result r : results) {
                write(r, stored.get(r.entryId()));
            }
        });
        results.clear();
    }

    private void write(MatchResultStore.Result r, MatchResultStore.Stored seen) {
        for (int attempt = 0; attempt < 5; attempt++) {
            boolean written;
            if (seen == null) {
                written = store.insert(r);
            } else if (keepsDecision(seen, r)) {
                written = store.refreshKeepingDecision(r, seen.decision());
            } else {
                written = store.replace(r, seen.decision());
            }
            if (written) {
                return;
            }
            seen = store.stored(List.of(r.entryId())).get(r.entryId());
        }
        throw new IllegalStateException("the result of entry " + r.entryId() + " kept changing while it was written");
    }

    /**
     * A staff decision stands when the entry is matched again to the person decided on: confirmed, when the new match
     * names that person or lists them among the possible ones; rejected, when it names the same person as before.
     */
    static boolean keepsDecision(MatchResultStore.Stored seen, MatchResultStore.Result again) {
        boolean someone = again.outcome() == MatchOutcome.MATCHED || again.outcome() == MatchOutcome.UNCERTAIN;
        return switch (seen.decision()) {
            case "CONFIRMED" -> someone && (seen.personId().equals(again.personId())
                    || MatchResultStore.ids(again.alternatives()).contains(seen.personId()));
            case "REJECTED" -> someone && Objects.equals(seen.personId(), again.personId());
            default -> false;
        };
    }

    private static MatchResultStore.Result result(long entryId, long listId, Match m, Instant at) {
        String decision = switch (m.outcome()) {
            case MATCHED -> "AUTO";
            case UNCERTAIN -> "PENDING";
            case PROPOSE_REGISTRATION, NO_MATCH -> "NONE";
        };
        String alternatives = m.alternatives().isEmpty() ? null : cut(m.alternatives().stream()
                .map(c -> String.valueOf(c.personId())).distinct().collect(Collectors.joining(",")), ',');
        return new MatchResultStore.Result(entryId, listId, m.outcome(), m.personId(), m.method(), m.confidence(),
                cut(String.join("\n", m.reasons()), '\n'), alternatives, decision, at);
    }

    /** The text within the column's size, cut at a separator. */
    private static String cut(String text, char separator) {
        if (text.length() <= TEXT_LIMIT) {
            return text;
        }
        return text.substring(0, text.lastIndexOf(separator, TEXT_LIMIT));
    }
}
