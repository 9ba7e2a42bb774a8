package cn.jiangxin.benefit.demo;

import java.util.List;

import cn.jiangxin.benefit.VenueServices;
import cn.jiangxin.identity.DemoLogins;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the demo venue “provider” (朝阳公园服务点) offers park visits, set by the demo administrator
 * once, so the demo can record uses; later changes made on the page are left alone.
 */
@Component
@Profile("demo")
@Order(1)
class DemoVenues implements ApplicationRunner {

    private final VenueServices venues;
    private final DemoLogins logins;

    DemoVenues(VenueServices venues, DemoLogins logins) {
        this.venues = venues;
        this.logins = logins;
    }

    @Override
    public void run(ApplicationArguments args) {
        long provider = logins.as("provider", user -> user.accountId());
        if (venues.offeredBy(provider).isEmpty()) {
            logins.as("admin", admin -> {
                venues.set(admin, provider, List.of("PARK_VISIT"));
                return null;
            });
        }
    }
}
