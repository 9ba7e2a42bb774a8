package cn.jiangxin.booking.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import cn.jiangxin.benefit.VenueServices;
import cn.jiangxin.booking.SlotPattern;
import cn.jiangxin.booking.Slots;
import cn.jiangxin.identity.DemoLogins;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the demo clinic “clinic” (朝阳区体检中心) offers health checkups, set by the demo administrator
 * once, and publishes Tuesday and Thursday morning slots for the next four weeks (re-publishing adds only the days
 * missing, so every start of the demo keeps four weeks ahead). Nobody is booked: the demo talent books himself.
 */
@Component
@Profile("demo")
@Order(47)
class DemoSlots implements ApplicationRunner {

    static final String SERVICE = "HEALTH_CHECKUP";

    private final VenueServices venues;
    private final Slots slots;
    private final DemoLogins logins;

    DemoSlots(VenueServices venues, Slots slots, DemoLogins logins) {
        this.venues = venues;
        this.slots = slots;
        this.logins = logins;
    }

    @Override
    public void run(ApplicationArguments args) {
        long clinic = logins.as("clinic", user -> user.accountId());
        if (venues.offeredBy(clinic).isEmpty()) {
            logins.as("admin", admin -> {
                venues.set(admin, clinic, List.of(SERVICE));
                return null;
            });
        }
        logins.as("clinic", user -> slots.publish(user, null, new SlotPattern(SERVICE,
                Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), slots.today().plusDays(1), slots.today().plusWeeks(4),
                LocalTime.of(8, 0), LocalTime.of(10, 0), 10, "朝阳区体检中心二楼", "空腹、身份证")));
    }
}
