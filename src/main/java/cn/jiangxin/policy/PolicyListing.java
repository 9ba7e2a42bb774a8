package cn.jiangxin.policy;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policy versions as a paged list ({@code /policies}): search by code or title, a filter by status (draft,
 * published), sorting, and the Excel export of exactly the versions found.
 */
@Component
class PolicyListing {

    static final ListSpec SPEC = ListSpec.of("/policies", "id")
            .sort("created", "created_at").sort("code", "code").sort("title", "title").sort("status", "status")
            .sort("effectiveFrom", "effective_from").defaultSort("created", true)
            .seekable("created", "code", "title", "status").withSearch().choice("status", "DRAFT", "PUBLISHED");

    private final PolicyVersionStore store;
    private final MessageSource messages;
    private final cn.jiangxin.identity.AccountNames names;

    PolicyListing(PolicyVersionStore store, MessageSource messages, cn.jiangxin.identity.AccountNames names) {
        this.store = store;
        this.messages = messages;
        this.names = names;
    }

    PageOf<StoredVersion> page(ListQuery query) {
        return store.page(query);
    }

    /** How many versions the query filters: the same count as its list's total. */
    long count(ListQuery query) {
        return store.count(query);
    }

    @Transactional(readOnly = true)
    void export(ListQuery query, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("policy.list.title", locale), List.of(
                ExcelColumn.text(text("policy.code", locale)), ExcelColumn.text(text("policy.titleLabel", locale)),
                ExcelColumn.text(text("policy.status", locale)), ExcelColumn.text(text("policy.effectiveFrom", locale)),
                ExcelColumn.text(text("policy.basedOn", locale)), ExcelColumn.text(text("policy.publishedBy", locale))));
        try (Stream<StoredVersion> rows = store.all(query)) {
            rows.forEach(v -> table.row(v.code(), v.title(), text("policy.status." + v.status(), locale),
                    v.effectiveFrom() == null ? "" : v.effectiveFrom().toString(),
                    v.basedOn() == null ? "" : v.basedOn(), names.of(v.publishedBy())));
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
