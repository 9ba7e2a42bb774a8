package cn.jiangxin.offering;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour: offerings whose held seats' date has passed give what leading talents did not take to their waiting
 * lists. Pages and sign-ups release them too when they find the date passed, so nothing waits for this job; the
 * ShedLock lock lets one node run it at a time.
 */
@Component
class HeldSeatReleaseJob {

    private static final Logger log = LoggerFactory.getLogger(HeldSeatReleaseJob.class);

    private final Offerings offerings;

    HeldSeatReleaseJob(Offerings offerings) {
        this.offerings = offerings;
    }

    @Scheduled(fixedDelayString = "${jiangxin.offering.release-check:PT1H}", initialDelayString = "PT2M")
    @SchedulerLock(name = "offering-held-seat-release", lockAtMostFor = "PT30M")
    public void release() {
        int promoted = 0;
        for (long id : offerings.releaseDue()) {
            promoted += offerings.releaseHeldSeats(id);
        }
        if (promoted > 0) {
            log.info("held seats released: {} people on waiting lists were given seats", promoted);
        }
    }
}
