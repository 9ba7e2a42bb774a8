package cn.jiangxin.benefit;

import java.util.List;
import java.util.Set;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.AccountSummary;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services a venue offers (item 11): a property of the venue's (PROVIDER) account that system administrators
 * set; a venue records uses of these services only. A venue nobody has set up offers none.
 */
@Service
public class VenueServices {

    private final VenueServiceStore store;
    private final AccountRegistry accounts;
    private final MeasureNames names;
    private final AuditTrail audit;

    VenueServices(VenueServiceStore store, AccountRegistry accounts, MeasureNames names, AuditTrail audit) {
        this.store = store;
        this.accounts = accounts;
        this.names = names;
        this.audit = audit;
    }

    /** The services that can be offered, in the order of the policy. */
    public List<String> all() {
        return MeasureNames.SERVICES;
    }

    public Set<String> offeredBy(long accountId) {
        return store.of(accountId);
    }

    /** @throws NotFoundException unless the account exists and is a venue */
    public AccountSummary venue(long accountId) {
        return accounts.find(accountId).filter(a -> a.roles().contains(Role.PROVIDER))
                .orElseThrow(() -> new NotFoundException("venue " + accountId));
    }

    /** Sets the services the venue offers (system administrators), audited. */
    @Transactional
    public void set(CurrentUser admin, long accountId, List<String> codes) {
        if (!admin.has(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("only system administrators set up venues");
        }
        venue(accountId);
        List<String> chosen = codes == null ? List.of() : codes.stream().distinct().toList();
        if (!MeasureNames.SERVICES.containsAll(chosen)) {
            throw new RuleViolationException("services", "请从列出的服务项目中选择");
        }
        store.set(accountId, chosen);
        audit.recordChange("VENUE_SERVICES_SET", "account", accountId, String.join(",", chosen));
    }

    /**
     * @throws RuleViolationException when the code is a service the venue does not offer (a measure that is no
     *                                service is refused with its own reason when the use is recorded)
     */
    void requireOffered(CurrentUser venue, String code) {
        if (MeasureNames.SERVICES.contains(code) && !store.of(venue.accountId()).contains(code)) {
            throw new RedemptionRefused(RedemptionRefused.Reason.SERVICE_NOT_OFFERED, "code", "本服务机构未开通“" + names.chinese(code)
                    + "”服务，不能登记；如需开通请联系区人力社保局");
        }
    }
}
