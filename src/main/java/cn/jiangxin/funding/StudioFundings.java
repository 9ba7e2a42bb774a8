package cn.jiangxin.funding;

import java.time.Clock;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.payment.BankDetails;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.crypto.FieldCipher;
import cn.jiangxin.studio.StudioAssessed;
import cn.jiangxin.studio.StudioRevoked;
import cn.jiangxin.unit.Units;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding module's API. An assessed studio whose grade earns money gets one funding per period, payable to its
 * unit (a second event for the same studio and period adds nothing: the funding key is UNIQUE); a revoked studio's
 * funding not yet in a batch is cancelled with the reason. The unit's officers enter the unit's bank account (stored
 * encrypted, shown masked) and see their unit's funding; finance sees all.
 */
@Service
class StudioFundings {

    private final FundingStore store;
    private final Units units;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    StudioFundings(FundingStore store, Units units, FieldCipher cipher, AuditTrail audit, Clock clock) {
        this.store = store;
        this.units = units;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the funding of an assessment that earns money, once per studio and period; true when it was opened. */
    @Transactional
    public boolean open(StudioAssessed e) {
        if (e.fundingFen() <= 0) {
            return false;
        }
        String unitName = units.find(e.unitId()).map(u -> u.name())
                .orElseThrow(() -> new IllegalStateException("studio " + e.studioId() + ": no unit " + e.unitId()));
        FundingState start = store.bankAccount(e.unitId()).isPresent() ? FundingState.READY
                : FundingState.AWAITING_BANK_DETAILS;
        if (!store.insertIfAbsent(e, unitName, start, clock.instant())) {
            return false;
        }
        StudioFunding f = store.byKey(e.fundingKey()).orElseThrow();
        audit.recordChange("STUDIO_FUNDING_OPENED", "studio_funding", f.id(), f.fundingKey() + " " + f.amountYuan());
        return true;
    }

    /** Cancels the studio's funding not yet in a batch; funding in a batch or paid stays as it is. */
    @Transactional
    public int cancel(StudioRevoked e) {
        int cancelled = 0;
        for (StudioFunding f : store.uncommittedOfStudio(e.studioId())) {
            if (store.cancel(f.id(), e.reason(), clock.instant())) {
                audit.recordChange("STUDIO_FUNDING_CANCELLED", "studio_funding", f.id(), f.fundingKey() + " "
                        + e.reason());
                cancelled++;
            }
        }
        return cancelled;
    }

    /** The officer's unit's bank account, entered or replaced; the unit's funding waiting for it becomes ready. */
    @Transactional
    public UnitBankAccount enterBankAccount(CurrentUser user, BankDetails details) {
        long unitId = requireOfficer(user);
        String unitName = units.find(unitId).map(u -> u.name()).orElseThrow(() -> new NotFoundException("unit"));
        if (!details.holder().equals(unitName)) {
            throw new RuleViolationException("holder", "开户名须与单位名称“" + unitName + "”一致");
        }
        store.saveBankAccount(unitId, details, cipher.encrypt(details.accountNumber()), user.username(),
                clock.instant());
        int ready = store.readyForUnit(unitId);
        audit.recordChange("UNIT_BANK_ACCOUNT_ENTERED", "unit_bank_account", unitId, details + " " + ready
                + " fundings ready");
        return store.bankAccount(unitId).orElseThrow();
    }

    public Optional<UnitBankAccount> bankAccount(CurrentUser user) {
        return store.bankAccount(requireOfficer(user));
    }

    /** The unit's name for the bank form: the account holder must be it. */
    public String unitName(CurrentUser user) {
        return units.find(requireOfficer(user)).map(u -> u.name()).orElseThrow(() -> new NotFoundException("unit"));
    }

    /** A funding finance, or an officer of its unit, may see; anyone else gets 404. */
    public StudioFunding requireVisible(CurrentUser user, long id) {
        return store.find(id).filter(f -> user.has(Role.FINANCE) || isOfficerOf(user, f.unitId()))
                .orElseThrow(() -> new NotFoundException("studio funding " + id));
    }

    public Optional<StudioFunding> byKey(String fundingKey) {
        return store.byKey(fundingKey);
    }

    static boolean isOfficerOf(CurrentUser user, long unitId) {
        return user.has(Role.UNIT_OFFICER) && user.unit().map(u -> u == unitId).orElse(false);
    }

    private static long requireOfficer(CurrentUser user) {
        if (!user.has(Role.UNIT_OFFICER) || user.unit().isEmpty()) {
            throw new AccessDeniedException("unit officers only");
        }
        return user.unitId();
    }
}
