package cn.jiangxin.nomination;

import java.util.Collection;
import java.util.stream.Stream;

import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of cases (the unit's and staff's case list, the review and approval queues) and the counts of the work page,
 * from one query so that a count and the list it links to always agree. The caller decides whose cases a user sees
 * ({@link CaseFilter}); every list's address takes the same sort keys ({@link #spec}).
 */
@Component
public class CaseSearch {

    private final CaseListStore store;

    CaseSearch(CaseListStore store) {
        this.store = store;
    }

    /**
     * A case list at {@code path}: sorted by number, person, unit, state or submission (default: {@code defaultSort}),
     * searched by name, pinyin initials or case number, and filtered by state (one of {@code states}), unit and
     * submission days ({@code from}, {@code to}). Lists add their own marks to it.
     */
    public static ListSpec spec(String path, Collection<NominationState> states, String defaultSort,
            boolean descending) {
        return ListSpec.of(path, "n.id")
                .sort("number", "n.id").sort("person", "p.name").sort("unit", "u.name").sort("state", "n.state")
                .sort("submitted", "n.submitted_at").defaultSort(defaultSort, descending)
                .seekable("number", "person", "unit", "state")
                .withSearch().choice("state", states.stream().sorted().map(Enum::name).toArray(String[]::new))
                .id("unit").date("from").date("to");
    }

    @Transactional(readOnly = true)
    public PageOf<CaseRow> page(CaseFilter filter, ListQuery query) {
        return store.page(filter, query);
    }

    public long count(CaseFilter filter) {
        return store.count(filter);
    }

    /** Every case the filter takes, in the query's order; the caller closes the stream (inside a transaction). */
    public Stream<CaseRow> all(CaseFilter filter, ListQuery query) {
        return store.all(filter, query);
    }
}
