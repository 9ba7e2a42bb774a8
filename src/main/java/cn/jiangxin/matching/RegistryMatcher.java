package cn.jiangxin.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import cn.jiangxin.matching.MatchingStore.RegisteredPerson;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.crypto.FieldCipher;
import cn.jiangxin.platform.tabular.CleanText;
import cn.jiangxin.platform.tabular.ImportedIdNumber;
import cn.jiangxin.platform.tabular.Normalised;
import cn.jiangxin.platform.tabular.SimplifiedForMatching;
import org.springframework.stereotype.Service;

/**
 * Finds the registered person an imported row means, saying how and how sure (issue 17 item 6). The import module
 * will call it for each accepted row (package-private until then).
 * <ol>
 * <li>By ID number (normalised, 15 digits made 18) through its blind index only: the registry is never decrypted.
 * The same person with another name is still that person, but staff confirm (姓名不一致).</li>
 * <li>Otherwise by the simplified name among the people of the unit found by credit code or a similar name
 * ({@link UnitCatalogue}): one namesake in a unit at least {@link MatchingRules#CERTAIN_UNIT_SIMILARITY} alike is
 * certain; a less alike unit, several namesakes, or a registered namesake whose ID number differs from the row's go
 * to staff with the possibilities; namesakes in other units are not the person.</li>
 * <li>Nobody found: registration is proposed when the unit is in Chaoyang, else no match.</li>
 * </ol>
 * The bulk form reads the units once, and per {@link MatchingRules#MATCH_CHUNK} rows issues one blind-index lookup
 * (for a large chunk PostgreSQL hashes the indexes and reads {@code person} once, as a hand-written join would) and
 * one name lookup per {@link MatchingRules#LOOKUP_CHUNK} (unit, name) pairs of the rows left.
 */
@Service
class RegistryMatcher {

    private final MatchingStore store;
    private final FieldCipher cipher;
    private final Clock clock;

    RegistryMatcher(MatchingStore store, FieldCipher cipher, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** One row (reads every unit: for many rows use {@link #matchAll}). */
    Match match(RowToMatch row) {
        return matchAll(List.of(row)).get(0);
    }

    /** Every row, in order. */
    List<Match> matchAll(List<RowToMatch> rows) {
        List<Match> matches = new ArrayList<>(rows.size());
        matchAll(rows.stream(), (row, match) -> matches.add(match));
        return matches;
    }

    /** Every row of the stream, handed to {@code sink} in order, {@link MatchingRules#MATCH_CHUNK} at a time. */
    void matchAll(Stream<RowToMatch> rows, BiConsumer<RowToMatch, Match> sink) {
        UnitCatalogue units = new UnitCatalogue(store.units());
        LocalDate today = LocalDate.now(clock.withZone(BeijingTime.ZONE));
        Names names = new Names();
        List<RowToMatch> chunk = new ArrayList<>();
        for (Iterator<RowToMatch> it = rows.iterator(); it.hasNext(); ) {
            chunk.add(it.next());
            if (chunk.size() == MatchingRules.MATCH_CHUNK || !it.hasNext()) {
                List<Match> matches = matchChunk(chunk, units, today, names);
                for (int i = 0; i < chunk.size(); i++) {
                    sink.accept(chunk.get(i), matches.get(i));
                }
                chunk.clear();
            }
        }
    }

    /**
     * Rows handed one at a time (from a source that pushes them, such as a list's streamed entries): the units are
     * read once for the whole batch, as in {@link #matchAll(Stream, BiConsumer)}, and every
     * {@link MatchingRules#MATCH_CHUNK} rows are matched and given to {@code sink}; {@link Batch#finish} matches the
     * rest.
     */
    Batch batch(BiConsumer<RowToMatch, Match> sink) {
        return new Batch(new UnitCatalogue(store.units()), LocalDate.now(clock.withZone(BeijingTime.ZONE)), sink);
    }

    /** See {@link #batch}. */
    final class Batch {
        private final UnitCatalogue units;
        private final LocalDate today;
        private final BiConsumer<RowToMatch, Match> sink;
        private final Names names = new Names();
        private final List<RowToMatch> chunk = new ArrayList<>();

        private Batch(UnitCatalogue units, LocalDate today, BiConsumer<RowToMatch, Match> sink) {
            this.units = units;
            this.today = today;
            this.sink = sink;
        }

        void add(RowToMatch row) {
            chunk.add(row);
            if (chunk.size() == MatchingRules.MATCH_CHUNK) {
                finish();
            }
        }

        /** Matches the rows added since the last chunk. */
        void finish() {
            if (chunk.isEmpty()) {
                return;
            }
            List<Match> matches = matchChunk(chunk, units, today, names);
            for (int i = 0; i < chunk.size(); i++) {
                sink.accept(chunk.get(i), matches.get(i));
            }
            chunk.clear();
        }
    }

    private List<Match> matchChunk(List<RowToMatch> rows, UnitCatalogue units, LocalDate today, Names names) {
        List<RowWork> work = new ArrayList<>(rows.size());
        Set<String> indexes = new HashSet<>();
        for (RowToMatch row : rows) {
            RowWork w = new RowWork(row, names.of(row.name()));
            if (row.idNumberIndex() != null) {
                w.idIndex = row.idNumberIndex();
                indexes.add(w.idIndex);
            } else if (row.idNumber() != null) {
                Normalised<String> id = ImportedIdNumber.of(row.idNumber(), today);
                if (id.accepted()) {
                    id.noteIfAny().ifPresent(w.reasons::add);
                    w.idIndex = cipher.blindIndex(id.value());
                    indexes.add(w.idIndex);
                } else {
                    w.reasons.add("身份证号无法使用（" + id.refusal() + "），按姓名和单位查找");
                }
            }
            work.add(w);
        }
        Map<String, RegisteredPerson> byIndex = new HashMap<>(indexes.size() * 2);
        for (RegisteredPerson p : store.withBlindIndexes(indexes)) {
            byIndex.put(p.idNumberIndex(), p);
        }
        Set<MatchingStore.UnitAndName> pairs = new HashSet<>();
        for (RowWork w : work) {
            w.byId = w.idIndex == null ? null : byIndex.get(w.idIndex);
            if (w.byId == null) {
                w.units = units.resolve(w.row.unitName(), w.row.creditCode());
                for (UnitCatalogue.UnitFound u : w.units.units()) {
                    pairs.add(new MatchingStore.UnitAndName(u.unit().id(), w.typedName));
                    pairs.add(new MatchingStore.UnitAndName(u.unit().id(), w.simplifiedName));
                }
            }
        }
        Map<String, List<RegisteredPerson>> byUnitAndName = new HashMap<>();
        if (!pairs.isEmpty()) {
            for (RegisteredPerson p : store.named(pairs)) {
                byUnitAndName.computeIfAbsent(key(p.unitId(), names.of(p.name()).simplified()),
                        k -> new ArrayList<>()).add(p);
            }
        }
        List<Match> matches = new ArrayList<>(work.size());
        for (RowWork w : work) {
            matches.add(w.byId != null ? byIdNumber(w, names, units) : byNameAndUnit(w, byUnitAndName, units));
        }
        return matches;
    }

    private Match byIdNumber(RowWork w, Names names, UnitCatalogue units) {
        RegisteredPerson p = w.byId;
        Candidate person = new Candidate(p.id(), p.name(), p.unitId(), unitName(p, units), 1.0);
        w.reasons.add("身份证号与登记一致");
        if (names.of(p.name()).simplified().equals(w.simplifiedName)) {
            return Match.certain(person, MatchMethod.ID_NUMBER, 1.0, w.reasons);
        }
        w.reasons.add("姓名不一致：名单为“" + w.typedName + "”，登记为“" + p.name() + "”，请工作人员确认");
        return Match.uncertain(p.id(), MatchMethod.ID_NUMBER, 1.0, w.reasons, List.of(person));
    }

    private Match byNameAndUnit(RowWork w, Map<String, List<RegisteredPerson>> byUnitAndName, UnitCatalogue units) {
        boolean idAbsent = w.idIndex != null;
        if (idAbsent) {
            w.reasons.add("登记库中没有此身份证号");
        }
        w.reasons.addAll(w.units.notes());
        List<Candidate> namesakes = new ArrayList<>();
        for (UnitCatalogue.UnitFound u : w.units.units()) {
            for (RegisteredPerson p : byUnitAndName.getOrDefault(key(u.unit().id(), w.simplifiedName), List.of())) {
                namesakes.add(new Candidate(p.id(), p.name(), p.unitId(), unitName(p, units), u.similarity()));
            }
        }
        if (namesakes.isEmpty()) {
            if (!w.units.units().isEmpty()) {
                w.reasons.add("相应单位中没有名为“" + w.typedName + "”的人员");
            }
            if (w.units.chaoyang()) {
                w.reasons.add("单位在朝阳区，建议登记此人");
                return Match.none(MatchOutcome.PROPOSE_REGISTRATION, w.reasons);
            }
            w.reasons.add("未在登记库中找到此人");
            return Match.none(MatchOutcome.NO_MATCH, w.reasons);
        }
        Candidate best = namesakes.get(0);
        String similarity = String.format("%.2f", best.unitSimilarity());
        if (namesakes.size() == 1 && !idAbsent && best.unitSimilarity() >= MatchingRules.CERTAIN_UNIT_SIMILARITY) {
            w.reasons.add("单位“" + best.unitName() + "”中有一位同名人员（单位名称相似度" + similarity + "）");
            return Match.certain(best, MatchMethod.NAME_AND_UNIT, best.unitSimilarity(), w.reasons);
        }
        if (namesakes.size() > 1) {
            w.reasons.add("相应单位中有" + namesakes.size() + "位同名人员，请工作人员确认是哪一位");
            return Match.uncertain(null, MatchMethod.NAME_AND_UNIT, best.unitSimilarity() / namesakes.size(),
                    w.reasons, namesakes);
        }
        if (idAbsent) {
            w.reasons.add("单位“" + best.unitName() + "”中的同名人员登记的身份证号与名单不同，请工作人员确认");
        } else {
            w.reasons.add("单位名称只是相近（相似度" + similarity + "），请工作人员确认");
        }
        return Match.uncertain(best.personId(), MatchMethod.NAME_AND_UNIT, best.unitSimilarity(), w.reasons,
                namesakes);
    }

    /** The person's unit's name, from the units read for the batch (or read now, for a unit registered since). */
    private String unitName(RegisteredPerson p, UnitCatalogue units) {
        return units.byId(p.unitId(), store::unit).name();
    }

    /** A name as cleaned ({@link CleanText#personName}) and as compared (also simplified). */
    private record Name(String typed, String simplified) {
    }

    /**
     * The names of a batch, each cleaned and simplified once: a list and the registry repeat names (a few thousand
     * distinct ones among many rows). Holds at most {@link #MAX} names, then starts afresh.
     */
    private static final class Names {

        static final int MAX = 50_000;
        private final Map<String, Name> known = new HashMap<>();

        Name of(String raw) {
            Name name = known.get(raw);
            if (name == null) {
                if (known.size() == MAX) {
                    known.clear();
                }
                String typed = CleanText.personName(raw);
                name = new Name(typed, SimplifiedForMatching.of(typed));
                known.put(raw, name);
            }
            return name;
        }
    }

    private static String key(long unitId, String simplifiedName) {
        return unitId + "\u0000" + simplifiedName;
    }

    /** A row on its way through a chunk. */
    private static final class RowWork {
        final RowToMatch row;
        final String typedName;
        final String simplifiedName;
        final List<String> reasons = new ArrayList<>(4);
        String idIndex;
        RegisteredPerson byId;
        UnitCatalogue.Resolution units;

        RowWork(RowToMatch row, Name name) {
            this.row = row;
            this.typedName = name.typed();
            this.simplifiedName = name.simplified();
        }
    }
}
