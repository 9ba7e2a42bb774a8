package cn.jiangxin.certification;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certified talents for Bureau staff ({@code /certifications}): search by name or unit, status (in the support
 * period today or ended), certification date range, sorting, and the Excel export of exactly the filtered
 * certifications, recorded in the audit log (it lists people).
 */
@Component
class CertificationListing {

    static final ListSpec SPEC = ListSpec.of("/certifications", "id")
            .sort("certified", "certified_at").sort("name", "person_name").sort("unit", "unit_name")
            .sort("start", "support_start").defaultSort("certified", true)
            .seekable("certified", "name", "unit", "start").withSearch()
            .choice("status", "active", "expired", "revoked").date("from").date("to");

    private final CertificationStore store;
    private final Certifications certifications;
    private final AuditTrail audit;
    private final MessageSource messages;

    CertificationListing(CertificationStore store, Certifications certifications, AuditTrail audit,
            MessageSource messages) {
        this.store = store;
        this.certifications = certifications;
        this.audit = audit;
        this.messages = messages;
    }

    /** @throws NotFoundException for anyone but Bureau staff who see all units */
    PageOf<Certification> page(CurrentUser user, ListQuery query) {
        requireBureau(user);
        return store.page(query, certifications.today());
    }

    @Transactional(readOnly = true)
    void export(CurrentUser user, ListQuery query, Locale locale, OutputStream out) {
        requireBureau(user);
        LocalDate today = certifications.today();
        audit.recordIndependently(new AuditEvent(user.username(), "CERTIFICATIONS_EXPORTED", "certification", "",
                AuditEvent.Outcome.SUCCESS, store.count(query, today) + " certifications; " + query.describe()));
        ExcelTable table = ExcelTable.start(out, text("cert.list", locale), List.of(
                ExcelColumn.text(text("cert.no", locale)), ExcelColumn.text(text("cert.name", locale)),
                ExcelColumn.text(text("cert.unit", locale)), ExcelColumn.text(text("cert.certifiedOn", locale)),
                ExcelColumn.text(text("cert.start", locale)), ExcelColumn.text(text("cert.lastDay", locale)),
                ExcelColumn.text(text("cert.status", locale)), ExcelColumn.text(text("cert.criterion", locale))));
        try (Stream<Certification> rows = store.all(query, today)) {
            rows.forEach(c -> table.row(c.certificateNo(), c.personName(), c.unitName(),
                    BeijingTime.date(c.certifiedAt()), c.supportStart().toString(), c.supportLastDay().toString(),
                    text(c.statusKey(today), locale), c.criterion()));
        }
        table.finish();
    }

    LocalDate today() {
        return certifications.today();
    }

    /** @throws NotFoundException for anyone but Bureau staff who see all units */
    static void requireBureau(CurrentUser user) {
        if (!user.seesAllUnits()) {
            throw new NotFoundException("certifications");
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
