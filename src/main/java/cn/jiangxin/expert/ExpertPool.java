package cn.jiangxin.expert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool: a leading talent with an active certification opts in from their account; staff add other experts of
 * the registry. Experts pause, resume or leave; staff suspend with a reason and reinstate. Every change is audited.
 */
@Service
public class ExpertPool {

    private final ExpertStore store;
    private final Certifications certifications;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    ExpertPool(ExpertStore store, Certifications certifications, People people, AuditTrail audit, Clock clock) {
        this.store = store;
        this.certifications = certifications;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    boolean isLeadingTalent(long personId, LocalDate day) {
        return certifications.activeOn(personId, day).isPresent();
    }

    /** Whether the talent signed in is in the pool (in any status). */
    public boolean hasJoined(CurrentUser talent) {
        return ofTalent(talent).isPresent();
    }

    Optional<Expert> ofTalent(CurrentUser talent) {
        return talent.person().flatMap(store::ofPerson);
    }

    Expert require(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("expert " + id));
    }

    /** The talent joins (or, after leaving, joins again) with this profile; changes it when already in the pool. */
    @Transactional
    public long optIn(CurrentUser talent, ExpertProfile profile) {
        long personId = requireTalent(talent);
        Optional<Expert> present = store.ofPerson(personId);
        if (present.isPresent()) {
            store.update(present.get().id(), profile, clock.instant());
            if (present.get().status() == ExpertStatus.LEFT) {
                store.setStatus(present.get().id(), EnumSet.of(ExpertStatus.LEFT), ExpertStatus.ACTIVE, null,
                        clock.instant());
                audit.recordChange("EXPERT_REJOINED", "expert", present.get().id(), "person=" + personId);
            } else {
                audit.recordChange("EXPERT_PROFILE_CHANGED", "expert", present.get().id(), "person=" + personId);
            }
            return present.get().id();
        }
        if (!isLeadingTalent(personId, today())) {
            throw new RuleViolationException("expert.refused.notLeading");
        }
        long id = insert(personId, Expert.SELF, profile);
        audit.recordChange("EXPERT_JOINED", "expert", id, "person=" + personId + " roles=" + profile.roles());
        return id;
    }

    @Transactional
    void pauseOwn(CurrentUser talent) {
        own(talent, EnumSet.of(ExpertStatus.ACTIVE), ExpertStatus.PAUSED, "EXPERT_PAUSED");
    }

    @Transactional
    void resumeOwn(CurrentUser talent) {
        own(talent, EnumSet.of(ExpertStatus.PAUSED), ExpertStatus.ACTIVE, "EXPERT_RESUMED");
    }

    @Transactional
    void leaveOwn(CurrentUser talent) {
        own(talent, EnumSet.of(ExpertStatus.ACTIVE, ExpertStatus.PAUSED), ExpertStatus.LEFT, "EXPERT_LEFT");
    }

    /** Staff add a person of the registry who is not a leading talent (those opt in themselves). */
    @Transactional
    public long add(CurrentUser staff, long personId, ExpertProfile profile) {
        ExpertDesk.requireStaff(staff);
        people.find(personId).orElseThrow(() -> new NotFoundException("person " + personId));
        if (isLeadingTalent(personId, today())) {
            throw new RuleViolationException("idNumber", "expert.refused.leadingOptsIn");
        }
        long id = insert(personId, Expert.STAFF, profile);
        audit.recordChange("EXPERT_ADDED", "expert", id, "person=" + personId + " roles=" + profile.roles());
        return id;
    }

    @Transactional
    void change(CurrentUser staff, long id, ExpertProfile profile) {
        ExpertDesk.requireStaff(staff);
        require(id);
        store.update(id, profile, clock.instant());
        audit.recordChange("EXPERT_PROFILE_CHANGED", "expert", id, "by staff");
    }

    @Transactional
    void suspend(CurrentUser staff, long id, String reason) {
        ExpertDesk.requireStaff(staff);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new RuleViolationException("reason", "expert.refused.reason");
        }
        if (!store.setStatus(require(id).id(), EnumSet.of(ExpertStatus.ACTIVE, ExpertStatus.PAUSED),
                ExpertStatus.SUSPENDED, why, clock.instant())) {
            throw new RuleViolationException("expert.refused.notSuspendable");
        }
        audit.recordChange("EXPERT_SUSPENDED", "expert", id, why);
    }

    @Transactional
    void reinstate(CurrentUser staff, long id) {
        ExpertDesk.requireStaff(staff);
        if (!store.setStatus(require(id).id(), EnumSet.of(ExpertStatus.SUSPENDED), ExpertStatus.ACTIVE, null,
                clock.instant())) {
            throw new RuleViolationException("expert.refused.notSuspended");
        }
        audit.recordChange("EXPERT_REINSTATED", "expert", id, "");
    }

    List<Expert> all() {
        return store.all();
    }

    private long insert(long personId, String source, ExpertProfile profile) {
        try {
            return store.insert(personId, source, profile, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("expert.refused.alreadyInPool");
        }
    }

    private void own(CurrentUser talent, EnumSet<ExpertStatus> from, ExpertStatus to, String action) {
        long personId = requireTalent(talent);
        Expert expert = store.ofPerson(personId).orElseThrow(() -> new NotFoundException("expert of " + personId));
        if (!store.setStatus(expert.id(), from, to, null, clock.instant())) {
            throw new RuleViolationException("expert.refused.status");
        }
        audit.recordChange(action, "expert", expert.id(), "person=" + personId);
    }

    private static long requireTalent(CurrentUser user) {
        if (!user.has(Role.TALENT) || user.person().isEmpty()) {
            throw new AccessDeniedException("only a talent opts in");
        }
        return user.personId();
    }
}
