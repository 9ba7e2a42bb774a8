package cn.jiangxin.unit;

import java.util.List;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit module's API: find units, decide who may see or change one, register and edit them. Bureau staff see
 * every unit; a unit officer sees only their own, and any other unit answers as if it did not exist.
 */
@Service
public class Units {

    private static final int SEARCH_LIMIT = 200;

    private final UnitStore store;
    private final AuditTrail audit;

    Units(UnitStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Any unit, without a scope check: for modules that have already checked the caller. */
    public Optional<UnitView> find(long id) {
        return store.find(id);
    }

    public Optional<UnitView> find(UnifiedSocialCreditCode code) {
        return store.idOf(code).flatMap(store::find);
    }

    public boolean canSee(CurrentUser user, long unitId) {
        return user.seesAllUnits() || user.unit().filter(own -> own == unitId).isPresent();
    }

    public boolean canEdit(CurrentUser user, long unitId) {
        return user.has(Role.SYSTEM_ADMIN)
                || user.has(Role.UNIT_OFFICER) && user.unit().filter(own -> own == unitId).isPresent();
    }

    /** The unit a list is narrowed to, if the user may see it: what a unit filter shows as chosen. */
    public Optional<UnitView> chosen(CurrentUser user, Optional<Long> id) {
        return id.filter(unitId -> canSee(user, unitId)).flatMap(store::find);
    }

    /**
     * Up to {@code limit} + 1 of the units the user may see whose name or credit code contains the text, by name: a
     * picker shows {@code limit} and, when one more came back, asks for more letters.
     */
    public List<UnitView> choices(CurrentUser user, String text, int limit) {
        if (user.seesAllUnits()) {
            return store.search(text, limit + 1);
        }
        return user.unit().flatMap(store::find).filter(u -> text.isEmpty() || u.name().contains(text)).stream().toList();
    }

    /** @throws NotFoundException when the unit does not exist or the user may not see it */
    public UnitView requireVisible(CurrentUser user, long id) {
        return store.find(id).filter(u -> canSee(user, u.id()))
                .orElseThrow(() -> new NotFoundException("unit " + id));
    }

    /** @throws NotFoundException when the unit does not exist or the user may not change it */
    public UnitView requireEditable(CurrentUser user, long id) {
        return store.find(id).filter(u -> canEdit(user, u.id()))
                .orElseThrow(() -> new NotFoundException("unit " + id));
    }

    /** The units the user may see whose name or credit code contains the text. */
    public List<UnitView> search(CurrentUser user, String text) {
        if (user.seesAllUnits()) {
            return store.search(text == null ? "" : text, SEARCH_LIMIT);
        }
        return user.unit().flatMap(store::find).stream().toList();
    }

    @Transactional
    public long register(CurrentUser user, UnitDraft draft) {
        if (!user.has(Role.SYSTEM_ADMIN)) {
            throw new NotFoundException("units");
        }
        requireUniqueCode(draft.creditCode(), null);
        long id;
        try {
            id = store.insert(draft);
        } catch (DuplicateKeyException e) {
            throw duplicate(draft.creditCode());
        }
        audit.recordChange("UNIT_REGISTERED", "unit", id, draft.name() + " " + draft.creditCode().value());
        return id;
    }

    @Transactional
    public void change(CurrentUser user, long id, UnitDraft draft) {
        requireEditable(user, id);
        requireUniqueCode(draft.creditCode(), id);
        try {
            store.update(id, draft);
        } catch (DuplicateKeyException e) {
            throw duplicate(draft.creditCode());
        }
        audit.recordChange("UNIT_CHANGED", "unit", id, draft.name() + " " + draft.creditCode().value());
    }

    private void requireUniqueCode(UnifiedSocialCreditCode code, Long self) {
        store.idOf(code).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw duplicate(code);
        });
    }

    private static InvalidCreditCodeException duplicate(UnifiedSocialCreditCode code) {
        return new InvalidCreditCodeException("统一社会信用代码" + code.value() + "已被另一个单位登记");
    }
}
