package cn.jiangxin.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.unit.Units;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person module's API. A person belongs to one unit, and is visible to whoever may see that unit: Bureau staff
 * see everyone, a unit officer only their own unit's people. Registering or editing needs the right to edit the unit.
 */
@Service
public class People {

    private static final int SEARCH_LIMIT = 100;

    private final PersonStore store;
    private final Units units;
    private final Clock clock;
    private final AuditTrail audit;

    People(PersonStore store, Units units, Clock clock, AuditTrail audit) {
        this.store = store;
        this.units = units;
        this.clock = clock;
        this.audit = audit;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Anyone, without a scope check: for modules that have already checked the caller. */
    public Optional<PersonView> find(long id) {
        return store.find(id);
    }

    public Optional<PersonView> find(ResidentIdNumber idNumber) {
        return store.find(idNumber);
    }

    /** @throws NotFoundException when there is no such person or the user may not see them */
    public PersonView requireVisible(CurrentUser user, long id) {
        return store.find(id).filter(p -> units.canSee(user, p.unitId()))
                .orElseThrow(() -> new NotFoundException("person " + id));
    }

    public PersonView requireEditable(CurrentUser user, long id) {
        return store.find(id).filter(p -> canRegisterIn(user, p.unitId()))
                .orElseThrow(() -> new NotFoundException("person " + id));
    }

    public boolean canRegisterIn(CurrentUser user, long unitId) {
        return units.canEdit(user, unitId);
    }

    /**
     * Searches by full ID number (exact, through the blind index), by name or by pinyin initials. A unit officer
     * only ever gets their own unit's people; {@code unitId} narrows the search further.
     */
    public List<PersonView> search(CurrentUser user, String text, Long unitId) {
        Long scope = unitId;
        if (!user.seesAllUnits()) {
            if (user.unit().isEmpty() || unitId != null && !unitId.equals(user.unitId())) {
                return List.of();
            }
            scope = user.unitId();
        }
        String q = text == null ? "" : text.strip();
        Optional<ResidentIdNumber> id = asIdNumber(q);
        if (id.isPresent()) {
            Long s = scope;
            return store.find(id.get()).filter(p -> s == null || p.unitId() == s)
                    .filter(p -> units.canSee(user, p.unitId())).stream().toList();
        }
        return store.search(q, scope, SEARCH_LIMIT);
    }

    @Transactional
    public long register(CurrentUser user, PersonDraft draft) {
        requireUnit(user, draft.unitId());
        requireNew(draft.idNumber(), null);
        long id;
        try {
            id = store.insert(draft);
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
        audit.recordChange("PERSON_REGISTERED", "person", id, draft.idNumber().masked() + " unit=" + draft.unitId());
        return id;
    }

    @Transactional
    public void change(CurrentUser user, long id, PersonDraft draft) {
        requireEditable(user, id);
        requireUnit(user, draft.unitId());
        requireNew(draft.idNumber(), id);
        try {
            store.update(id, draft);
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
        audit.recordChange("PERSON_CHANGED", "person", id, draft.idNumber().masked() + " unit=" + draft.unitId());
    }

    /**
     * The full ID and phone numbers, for the roles that must check a person's identity (SEC-2). Every such read,
     * and every refused attempt, goes into the audit log.
     */
    public Revealed reveal(CurrentUser user, long id) {
        PersonView person = requireVisible(user, id);
        boolean allowed = user.has(Role.REVIEWER) || user.has(Role.APPROVER);
        audit.recordIndependently(new cn.jiangxin.audit.AuditEvent(user.username(), "READ_ID_NUMBER", "person",
                String.valueOf(id), allowed ? cn.jiangxin.audit.AuditEvent.Outcome.SUCCESS
                        : cn.jiangxin.audit.AuditEvent.Outcome.DENIED, person.idNumber().masked()));
        if (!allowed) {
            throw new org.springframework.security.access.AccessDeniedException("not allowed to read full numbers");
        }
        return new Revealed(person.idNumber().value(), person.phone().value());
    }

    public record Revealed(String idNumber, String phone) {
        @Override
        public String toString() {
            return "Revealed[masked]";
        }
    }

    private void requireUnit(CurrentUser user, long unitId) {
        if (units.find(unitId).isEmpty() || !units.canSee(user, unitId)) {
            throw new RuleViolationException("unitId", "所选单位不存在");
        }
        if (!canRegisterIn(user, unitId)) {
            throw new NotFoundException("unit " + unitId);
        }
    }

    private void requireNew(ResidentIdNumber idNumber, Long self) {
        store.find(idNumber).filter(p -> self == null || p.id() != self).ifPresent(p -> {
            throw duplicate();
        });
    }

    private static RuleViolationException duplicate() {
        return new RuleViolationException("idNumber", "该身份证号码的人员已经登记，不能重复登记");
    }

    Optional<ResidentIdNumber> asIdNumber(String q) {
        if (q.length() != 18) {
            return Optional.empty();
        }
        try {
            return Optional.of(ResidentIdNumber.parse(q, today()));
        } catch (InvalidIdNumberException e) {
            return Optional.empty();
        }
    }
}
