package cn.jiangxin.card;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.jiangxin.benefit.Entitlements;
import cn.jiangxin.benefit.VenueServices;
import cn.jiangxin.certification.Certification;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.testsupport.NoticeFixture;
import cn.jiangxin.testsupport.Staff;
import org.springframework.context.ApplicationContext;

/**
 * Certified talents for the card's tests, through the real nomination, notice and certification services
 * ({@link NoticeFixture#certifiedTalent()}), waiting until the benefit module has granted the entitlements (after the
 * certification's commit).
 */
final class CardFixture {

    final NoticeFixture cases;
    final Staff staff;
    final Certifications certifications;
    final Entitlements entitlements;
    final VenueServices venues;
    final CardIssuer issuer;

    CardFixture(ApplicationContext context) {
        this.cases = NoticeFixture.of(context);
        this.staff = context.getBean(Staff.class);
        this.certifications = context.getBean(Certifications.class);
        this.entitlements = context.getBean(Entitlements.class);
        this.venues = context.getBean(VenueServices.class);
        this.issuer = context.getBean(CardIssuer.class);
    }

    /** A talent certified today (the clock set by the notice fixture), with the entitlements granted. */
    Talent certified() {
        String username = cases.certifiedTalent();
        CurrentUser talent = staff.signedIn(username);
        Certification c = certifications.ofPerson(talent.personId()).get(0);
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (entitlements.ofPerson(talent.personId(), c.supportStart()).isEmpty()) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("entitlements of certification " + c.id() + " were not granted");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new Talent(talent, c);
    }

    /** The kit's venue, offering every service. */
    CurrentUser venueOfferingAll() {
        CurrentUser venue = staff.venue();
        venues.set(staff.admin(), venue.accountId(), venues.all());
        return venue;
    }

    /** A second venue that offers park visits only. */
    CurrentUser parkOnlyVenue() {
        CurrentUser venue = staff.bureau("kit-venue-park", "测试公园服务点", cn.jiangxin.identity.Role.PROVIDER);
        venues.set(staff.admin(), venue.accountId(), List.of("PARK_VISIT"));
        return venue;
    }

    String token(Talent t) {
        return issuer.issue(t.certification()).token();
    }

    /** A certified talent: the account and the certification. */
    record Talent(CurrentUser account, Certification certification) {

        String cn() {
            return certification.certificateNo();
        }
    }
}
