package cn.jiangxin.reward;

import cn.jiangxin.payment.BankDetails;
import java.time.Clock;
import java.util.List;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.crypto.FieldCipher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reward module's API for cases. A talent sees and completes their own cases, a unit officer those of their
 * unit as training unit, finance every case; anyone else, or a case of another beneficiary, gets 404. Bank account
 * numbers are stored encrypted and shown masked; only finance reads one in full, and every such read is audited.
 */
@Service
public class RewardCases {

    private final RewardCaseStore store;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    RewardCases(RewardCaseStore store, FieldCipher cipher, AuditTrail audit, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cases the user receives: a talent's own, a unit officer's unit's as training unit. */
    public List<RewardCase> ofBeneficiary(CurrentUser user, BeneficiaryKind kind) {
        if (kind == BeneficiaryKind.PERSON && user.has(Role.TALENT) && user.person().isPresent()) {
            return store.ofBeneficiary(kind, user.personId());
        }
        if (kind == BeneficiaryKind.TRAINING_UNIT && user.has(Role.UNIT_OFFICER) && user.unit().isPresent()) {
            return store.ofBeneficiary(kind, user.unitId());
        }
        return List.of();
    }

    public List<RewardCase> forFinance(CurrentUser user, RewardState state, BeneficiaryKind kind) {
        requireFinance(user);
        return store.list(state, kind);
    }

    public RewardCase requireVisible(CurrentUser user, long id) {
        return store.find(id).filter(c -> user.has(Role.FINANCE) || isBeneficiary(user, c))
                .orElseThrow(() -> new NotFoundException("reward case " + id));
    }

    /** The case, when the user is its beneficiary (the talent, or an officer of the training unit). */
    public RewardCase requireOwn(CurrentUser user, long id) {
        return store.find(id).filter(c -> isBeneficiary(user, c))
                .orElseThrow(() -> new NotFoundException("reward case " + id));
    }

    @Transactional
    public RewardCase enterBankDetails(CurrentUser user, long id, BankDetails details) {
        RewardCase c = requireOwn(user, id);
        if (!c.state().bankDetailsEditable()) {
            throw new RuleViolationException("奖励已进入支付流程，银行账户不能再修改");
        }
        if (!details.holder().equals(c.beneficiaryName())) {
            throw new RuleViolationException("holder", "开户名须与受奖人名称“" + c.beneficiaryName() + "”一致");
        }
        if (!store.saveBankDetails(id, details, cipher.encrypt(details.accountNumber()), user.username(),
                clock.instant())) {
            throw new RuleViolationException("奖励已进入支付流程，银行账户不能再修改");
        }
        audit.recordChange("REWARD_BANK_DETAILS_ENTERED", "reward_case", id, details.toString());
        return store.find(id).orElseThrow();
    }

    /** The full account number, for finance only; every read and every refusal goes into the audit log. */
    public String revealAccount(CurrentUser user, long id) {
        RewardCase c = requireVisible(user, id);
        boolean allowed = user.has(Role.FINANCE) && c.hasBankDetails();
        audit.recordIndependently(new AuditEvent(user.username(), "READ_BANK_ACCOUNT", "reward_case",
                String.valueOf(id), allowed ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.DENIED,
                String.valueOf(c.bankAccountMasked())));
        if (!allowed) {
            throw new AccessDeniedException("not allowed to read the full account number");
        }
        return cipher.decrypt(store.encryptedAccount(id).orElseThrow());
    }

    private static boolean isBeneficiary(CurrentUser user, RewardCase c) {
        return switch (c.kind()) {
            case PERSON -> user.has(Role.TALENT) && user.person().map(p -> p == c.beneficiaryId()).orElse(false);
            case TRAINING_UNIT -> user.has(Role.UNIT_OFFICER)
                    && user.unit().map(u -> u == c.beneficiaryId()).orElse(false);
        };
    }

    static void requireFinance(CurrentUser user) {
        if (!user.has(Role.FINANCE)) {
            throw new AccessDeniedException("finance only");
        }
    }
}
