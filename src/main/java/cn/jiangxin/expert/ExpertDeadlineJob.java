package cn.jiangxin.expert;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes: drawn experts who have not answered by their deadline are recorded as expired and the next
 * reserve is asked. The ShedLock lock lets one node run it at a time.
 */
@Component
class ExpertDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(ExpertDeadlineJob.class);

    private final ExpertNeeds needs;

    ExpertDeadlineJob(ExpertNeeds needs) {
        this.needs = needs;
    }

    @Scheduled(fixedDelayString = "${jiangxin.expert.deadline-check:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "expert-answer-deadline", lockAtMostFor = "PT10M")
    public void check() {
        int expired = needs.expireDue();
        if (expired > 0) {
            log.info("{} drawn experts did not answer in time; their reserves were asked", expired);
        }
    }
}
