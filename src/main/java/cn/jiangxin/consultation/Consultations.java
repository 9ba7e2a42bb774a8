package cn.jiangxin.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates consultations and reads them back, for staff (all) and the public (visible ones only). */
@Service
public class Consultations {

    private final ConsultationStore store;
    private final Clock clock;
    private final AuditTrail audit;

    Consultations(ConsultationStore store, Clock clock, AuditTrail audit) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public long create(NewConsultation c, String createdBy) {
        long id = store.insert(c, createdBy, clock.instant());
        audit.recordChange("CONSULTATION_CREATED", "consultation", id, c.title());
        return id;
    }

    @Transactional
    public void setVisible(long id, boolean visible) {
        if (!store.setVisible(id, visible)) {
            throw new NotFoundException("consultation " + id);
        }
        audit.recordChange(visible ? "CONSULTATION_SHOWN" : "CONSULTATION_HIDDEN", "consultation", id, "");
    }

    /** Whether a consultation of this title exists (the demo seeder adds its consultations once). */
    public boolean existsWithTitle(String title) {
        return store.existsWithTitle(title);
    }

    public ConsultationView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("consultation " + id));
    }

    /** A consultation the public may see; hidden ones do not exist for them. */
    public ConsultationView getPublic(long id) {
        return find(id).filter(ConsultationView::visible).orElseThrow(() -> new NotFoundException("consultation " + id));
    }

    public List<ConsultationView> all() {
        return store.ids().stream().map(this::get).toList();
    }

    public List<ConsultationView> visible() {
        return all().stream().filter(ConsultationView::visible).toList();
    }

    /** Every consultation's id and title, the latest opened first (for choosing one in a filter). */
    List<java.util.Map.Entry<Long, String>> titles() {
        return store.titles();
    }

    public Instant now() {
        return clock.instant();
    }

    Optional<ConsultationView> find(long id) {
        return store.find(id);
    }

}
