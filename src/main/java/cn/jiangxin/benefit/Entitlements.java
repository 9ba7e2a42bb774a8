package cn.jiangxin.benefit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The benefit module's API: a person's entitlements as they stand on a day (lapsed as soon as the period has ended),
 * a talent's own entitlements, and the recording of a service's use by a venue.
 */
@Service
public class Entitlements {

    private final EntitlementStore store;
    private final RedemptionStore redemptions;
    private final RedemptionRecorder recorder;
    private final RedemptionUndo undo;
    private final ServiceHolds holds;
    private final VenueServices venues;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    Entitlements(EntitlementStore store, RedemptionStore redemptions, RedemptionRecorder recorder, RedemptionUndo undo,
            ServiceHolds holds, VenueServices venues, People people, AuditTrail audit, Clock clock) {
        this.store = store;
        this.redemptions = redemptions;
        this.recorder = recorder;
        this.undo = undo;
        this.holds = holds;
        this.venues = venues;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every entitlement of the person, latest support period first, as it stands on {@code date}; no access check. */
    public List<Entitlement> ofPerson(long personId, LocalDate date) {
        Map<Long, Map<Integer, Integer>> usage = store.usageOfPerson(personId);
        return store.ofPerson(personId).stream().map(e -> e.on(date, usage.getOrDefault(e.id(), Map.of()))).toList();
    }

    /** The signed-in talent's own entitlements today; none when the account names no person. */
    public List<Entitlement> ofTalent(CurrentUser talent) {
        return talent.person().map(id -> ofPerson(id, today())).orElse(List.of());
    }

    /**
     * The talent's services usable now: active, in a support year, with uses left. The talent's to-do counts them
     * and {@code /my/entitlements?show=usable} lists them, both from here.
     */
    public List<Entitlement> usableOfTalent(CurrentUser talent) {
        return ofTalent(talent).stream().filter(Entitlement::usable).toList();
    }

    /** @throws NotFoundException when the entitlement is not the talent's own */
    public Entitlement requireOfTalent(CurrentUser talent, long entitlementId) {
        return ofTalent(talent).stream().filter(e -> e.id() == entitlementId).findFirst()
                .orElseThrow(() -> new NotFoundException("entitlement " + entitlementId));
    }

    public List<Redemption> redemptionsOf(long entitlementId) {
        return redemptions.ofEntitlement(entitlementId);
    }

    public List<Redemption> redemptionsOfPerson(long personId) {
        return redemptions.ofPerson(personId);
    }

    /**
     * A venue finds a talent by full ID number and sees the services with this year's quotas; the name comes back
     * masked. Every look-up is audited, and a number without services gets the same answer whether or not the
     * person is registered.
     */
    public TalentServices lookUp(CurrentUser provider, String idNumber) {
        requireProvider(provider);
        ResidentIdNumber id = ResidentIdNumber.parse(idNumber, today());
        Optional<PersonView> person = people.find(id);
        List<Entitlement> services = person.map(p -> services(p.id())).orElse(List.of());
        audit.recordIndependently(new AuditEvent(provider.username(), "TALENT_LOOKED_UP", "person",
                person.map(p -> String.valueOf(p.id())).orElse(""),
                services.isEmpty() ? AuditEvent.Outcome.DENIED : AuditEvent.Outcome.SUCCESS, id.masked()));
        if (services.isEmpty()) {
            throw new RuleViolationException("idNumber", "未找到享受服务待遇的人员，请核对身份证号码");
        }
        return new TalentServices(person.get().id(), MaskedName.of(person.get().name()), services);
    }

    /** The services of a talent the venue has looked up before, e.g. after recording a use. */
    public TalentServices servicesOf(CurrentUser provider, long personId) {
        requireProvider(provider);
        PersonView person = people.find(personId).orElseThrow(() -> new NotFoundException("person " + personId));
        return new TalentServices(personId, MaskedName.of(person.name()), services(personId));
    }

    /**
     * Records one use of a service (call outside a transaction). Refused with a {@link RuleViolationException} when
     * the entitlement has lapsed, is not yet valid or this support year's quota is used up; refusals are audited.
     */
    public RedemptionOutcome redeem(CurrentUser provider, RedemptionRequest request) {
        requireProvider(provider);
        try {
            venues.requireOffered(provider, request.code());
            return recorder.record(provider, request);
        } catch (RuleViolationException e) {
            audit.recordIndependently(new AuditEvent(provider.username(), "SERVICE_REDEMPTION_REFUSED", "person",
                    String.valueOf(request.personId()), AuditEvent.Outcome.DENIED,
                    request.code() + " on=" + request.usedOn() + ": " + e.getMessage()));
            throw e;
        }
    }

    /**
     * Takes back a use the venue recorded less than ten minutes ago; the quota comes back once however often it is
     * asked. Refusals are audited.
     */
    public void undo(CurrentUser provider, long redemptionId) {
        requireProvider(provider);
        try {
            undo.undo(provider, redemptionId);
        } catch (RuleViolationException e) {
            audit.recordIndependently(new AuditEvent(provider.username(), "SERVICE_REDEMPTION_REVERSAL_REFUSED",
                    "service_redemption", String.valueOf(redemptionId), AuditEvent.Outcome.DENIED, e.getMessage()));
            throw e;
        }
    }

    /** The uses the venue recorded today (Beijing), latest first, each with whether it may still be taken back. */
    List<VenueUse> recordedToday(CurrentUser provider) {
        requireProvider(provider);
        LocalDate today = today();
        var now = clock.instant();
        return redemptions.ofVenue(provider.accountId(), BeijingTime.startOf(today), BeijingTime.startOf(today.plusDays(1)))
                .stream().map(r -> new VenueUse(r, people.find(r.personId()).map(p -> MaskedName.of(p.name())).orElse("*"),
                        RedemptionUndo.undoable(r, now))).toList();
    }

    /** {@link #recordedToday} for other modules' pages (the card's scan page). */
    public List<VenueDayUse> venueToday(CurrentUser provider) {
        return recordedToday(provider).stream().map(u -> new VenueDayUse(u.use().id(), u.use().recordedAt(),
                u.maskedName(), u.use().code(), u.use().reversed(), u.undoable(), u.use().tokenDigest() != null,
                u.use().booked()))
                .toList();
    }

    /**
     * Records one use of a service from a scanned card (call outside a transaction): as {@link #redeem}, with the
     * venue's scan id as the request key and the token's digest kept, so the same scan id answers the same use and
     * with another token or service is refused. Refusals are {@link RedemptionRefused} with their reason, audited.
     */
    public CardUse redeemScanned(CurrentUser provider, long personId, String service, String scanId, String tokenDigest) {
        requireProvider(provider);
        if (!MeasureNames.SERVICES.contains(service)) {
            throw new RedemptionRefused(RedemptionRefused.Reason.UNKNOWN_SERVICE, "service", "没有这项服务，请从列出的服务项目中选择");
        }
        RedemptionOutcome outcome = redeem(provider, new RedemptionRequest(personId, service, today(), scanId, tokenDigest));
        Redemption use = outcome.redemption();
        int quota = outcome.entitlement().quotaPerYear();
        int used = use.usedInYear() != null ? use.usedInYear() : outcome.entitlement().usedThisYear();
        return new CardUse(use.id(), service, use.supportYear(), used, quota, outcome.repeated(), use.recordedAt(),
                use.booked() ? use.usedOn() : null);
    }

    /**
     * The use this venue recorded earlier under the scan id, as it was answered then; empty when the scan id is new.
     *
     * @throws RedemptionRefused ({@code KEY_REUSED}) when the scan id was used with another token or service
     */
    public Optional<CardUse> earlierScan(CurrentUser provider, String scanId, String service, String tokenDigest) {
        requireProvider(provider);
        return redemptions.byKey(provider.accountId(), scanId).map(r -> {
            if (!r.code().equals(service) || !tokenDigest.equals(r.tokenDigest())) {
                throw new RedemptionRefused(RedemptionRefused.Reason.KEY_REUSED, "scanId",
                        "此扫码编号已用于另一张人才卡或另一项服务，请重新扫码");
            }
            StoredEntitlement e = store.find(r.entitlementId()).orElseThrow();
            return new CardUse(r.id(), r.code(), r.supportYear(), r.usedInYear() == null ? 0 : r.usedInYear(),
                    e.quotaPerYear(), true, r.recordedAt(), r.booked() ? r.usedOn() : null);
        });
    }

    /**
     * Whether the person has a booking of the service due today (Beijing) at this venue, not yet redeemed: the venue's
     * scan then redeems it (the scan page shows 今日预约).
     */
    public boolean bookedToday(CurrentUser venue, long personId, String service) {
        requireProvider(venue);
        return holds.due(personId, service, today(), venue.accountId()).isPresent();
    }

    /** Whether the policy version in force today says the service is used by appointment only (walk-ins refused). */
    public boolean bookingRequired(String service) {
        return recorder.bookingRequired(service, today());
    }

    /** The first counted use of the token with this digest, for a venue that scans it again. */
    public Optional<TokenUse> useOfToken(String tokenDigest) {
        return redemptions.firstOfToken(tokenDigest).map(r -> new TokenUse(r.recordedAt(), r.providerName(), r.code()));
    }

    /** A use on the venue's page: the masked name, and whether the undo button is offered. */
    record VenueUse(Redemption use, String maskedName, boolean undoable) {
    }

    private List<Entitlement> services(long personId) {
        return ofPerson(personId, today()).stream().filter(Entitlement::isService).toList();
    }

    private static void requireProvider(CurrentUser user) {
        if (!user.has(Role.PROVIDER)) {
            throw new AccessDeniedException("only service venues record uses");
        }
    }
}
