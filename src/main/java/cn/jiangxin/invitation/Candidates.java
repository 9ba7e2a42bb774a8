package cn.jiangxin.invitation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.listimport.ImportedEntries;
import cn.jiangxin.listimport.ImportKind;
import cn.jiangxin.listimport.ImportedEntry;
import cn.jiangxin.listimport.ImportedListSummary;
import cn.jiangxin.matching.ImportedEntryMatched;
import cn.jiangxin.matching.ListMatched;
import cn.jiangxin.matching.MatchResults;
import cn.jiangxin.matching.SettledMatch;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.unit.UnitView;
import cn.jiangxin.unit.Units;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the candidates of a list: each entry settled as a registered person's (all of a list when it is matched,
 * {@link ListMatched}, and one by one when staff confirm a match, {@link ImportedEntryMatched}) is evaluated
 * ({@link CandidateEvaluation}) and kept, one row per entry. A redelivered event writes the same rows again; an entry
 * already invited or dismissed keeps what was done with it. A list is evaluated in chunks, each in a transaction of
 * its own, so a long list holds no long transaction. A certified person's invited case moves to certified.
 */
@Service
class Candidates {

    static final int CHUNK = 200;

    private final MatchResults matches;
    private final ImportedEntries entries;
    private final People people;
    private final Units units;
    private final CandidateEvaluation evaluation;
    private final CandidateStore store;
    private final Clock clock;
    private final TransactionTemplate chunk;

    Candidates(MatchResults matches, ImportedEntries entries, People people, Units units,
            CandidateEvaluation evaluation, CandidateStore store, Clock clock, PlatformTransactionManager tx) {
        this.matches = matches;
        this.entries = entries;
        this.people = people;
        this.units = units;
        this.evaluation = evaluation;
        this.store = store;
        this.clock = clock;
        this.chunk = new TransactionTemplate(tx);
        this.chunk.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(ListMatched e) {
        evaluateList(e.listId());
    }

    @ApplicationModuleListener
    void on(ImportedEntryMatched e) {
        evaluate(e.entryId(), e.listId(), e.personId());
    }

    @ApplicationModuleListener
    void on(TalentCertified e) {
        store.markCertified(e.nominationId(), clock.instant());
        store.markAlreadyCertified(e.personId(), "已于" + ChineseDate.of(e.supportStart())
                + "认定为高技能领军人才，不再邀请推荐", clock.instant());
    }

    /** Evaluates every settled entry of the list; answers how many rows were written. */
    int evaluateList(long listId) {
        List<SettledMatch> settled = new ArrayList<>();
        matches.forEachSettled(listId, settled::add);
        ImportKind kind = kindOf(listId);
        int written = 0;
        for (int from = 0; from < settled.size(); from += CHUNK) {
            List<SettledMatch> part = settled.subList(from, Math.min(settled.size(), from + CHUNK));
            written += chunk.execute(status -> {
                int n = 0;
                for (SettledMatch m : part) {
                    n += evaluate(m.entryId(), listId, m.personId(), kind) ? 1 : 0;
                }
                return n;
            });
        }
        return written;
    }

    /** Evaluates one entry as the person's; false when the entry, person or unit is gone or the row stands decided. */
    boolean evaluate(long entryId, long listId, long personId) {
        return evaluate(entryId, listId, personId, kindOf(listId));
    }

    private boolean evaluate(long entryId, long listId, long personId, ImportKind kind) {
        Optional<ImportedEntry> entry = entries.entry(entryId);
        Optional<PersonView> person = people.find(personId);
        Optional<UnitView> unit = person.flatMap(p -> units.find(p.unitId()));
        if (entry.isEmpty() || unit.isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        Verdict verdict = evaluation.evaluate(entry.get(), kind, person.get(), unit.get(), today);
        return store.keep(new CandidateStore.Evaluated(entryId, listId, personId, person.get().name(), unit.get().id(),
                unit.get().name(), entry.get().place(), entry.get().achievedOn(), AchievementWords.of(entry.get(), kind),
                verdict), clock.instant());
    }

    /** What the list holds, read once per list: it says how its entries' titles are read. */
    private ImportKind kindOf(long listId) {
        return entries.list(listId).map(ImportedListSummary::kind).orElse(ImportKind.COMPETITION);
    }
}
