package cn.jiangxin.benefit;

import java.time.Clock;
import java.time.LocalDate;

import cn.jiangxin.platform.BeijingTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the lapse every night just after midnight (Bureau time) and once at start-up; the ShedLock lock lets one node
 * run it at a time.
 */
@Component
class EntitlementLapseJob {

    private static final Logger log = LoggerFactory.getLogger(EntitlementLapseJob.class);

    private final EntitlementLapses lapses;
    private final Clock clock;

    EntitlementLapseJob(EntitlementLapses lapses, Clock clock) {
        this.lapses = lapses;
        this.clock = clock;
    }

    @Scheduled(cron = "${jiangxin.benefit.lapse-cron:0 5 0 * * *}", zone = BeijingTime.ZONE_ID)
    @SchedulerLock(name = "benefit-entitlement-lapse", lockAtMostFor = "PT30M")
    public void nightly() {
        run();
    }

    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "benefit-entitlement-lapse", lockAtMostFor = "PT30M")
    public void atStartup() {
        run();
    }

    private void run() {
        int lapsed = lapses.lapseDue(LocalDate.now(clock));
        if (lapsed > 0) {
            log.info("{} entitlements lapsed at the end of their support period", lapsed);
        }
    }
}
