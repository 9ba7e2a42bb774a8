package cn.jiangxin.nomination.demo;

import cn.jiangxin.nomination.NominationAction;
import cn.jiangxin.nomination.NominationLookup;
import cn.jiangxin.nomination.SkillLevel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.LongConsumer;

import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.person.People;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.platform.EventPublicationStore;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.RetirementCategory;
import cn.jiangxin.unit.UnifiedSocialCreditCode;
import cn.jiangxin.unit.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static cn.jiangxin.nomination.demo.DemoCaseSteps.competition;
import static cn.jiangxin.nomination.demo.DemoCaseSteps.form;
import static cn.jiangxin.nomination.demo.DemoCaseSteps.honour;

/**
 * Demo profile only, after the demo accounts and people: five cases taken by the demo accounts through this module's
 * services, so every rule, audit entry and event applies. The school (“officer”) has a draft, a case waiting in the
 * review queue and a returned one; 燕京精密 (“officer2”) has a case on public notice and the certified WorldSkills
 * gold medallist 马骏, whose talent account is “talent”. His notice started four weeks back, so that its period is
 * over on the real clock; every other step happens now. A case is seeded once, in a transaction of its own, while its
 * person has no case; then the runner waits until the events of the new cases have been handled.
 */
@Component
@Profile("demo")
@Order(40)
class DemoCases implements ApplicationRunner {

    static final String DRAFTED = "110105199304223021";
    static final String SUBMITTED = "110105198809094267";
    static final String RETURNED = "110105197902145175";
    static final String ON_NOTICE = "110105198211052038";
    static final String MEDALLIST = "110105199007181013";
    static final String RETURN_REASON = "津贴证书扫描件不清晰，请重新上传清晰的证书扫描件。";
    private static final String WELDING_ASSOCIATION = "51110105MJ0045678Q";
    private static final Duration EVENTS_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final DemoCaseSteps steps;
    private final NominationLookup store;
    private final People people;
    private final Units units;
    private final DemoLogins logins;
    private final TransactionTemplate tx;
    private final EventPublicationStore events;

    DemoCases(DemoCaseSteps steps, NominationLookup store, People people, Units units, DemoLogins logins,
            TransactionTemplate tx, EventPublicationStore events) {
        this.steps = steps;
        this.store = store;
        this.people = people;
        this.units = units;
        this.logins = logins;
        this.tx = tx;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        int seeded = once(DRAFTED, this::drafted) + once(SUBMITTED, this::submitted) + once(RETURNED, this::returned)
                + once(ON_NOTICE, this::onNotice) + once(MEDALLIST, this::certified);
        if (seeded > 0) {
            log.info("Demo cases: {} seeded", seeded);
            awaitEvents();
        }
    }

    private void drafted(long person) {
        steps.draft("officer", person, form("数控车工", SkillLevel.LEVEL_2, competition(Competition.BEIJING, 1,
                LocalDate.of(2025, 6, 20), "北京市职业技能大赛数控车项目第一名"), "", null, RetirementCategory.FEMALE_50));
    }

    private void submitted(long person) {
        steps.submitted("officer", person, form("电工", SkillLevel.LEVEL_1, competition(Competition.NATIONAL,
                2, LocalDate.of(2025, 9, 20), "全国职业技能大赛电工项目第二名"),
                "长期从事高低压配电设备运维，主持完成学校实训中心供配电改造。", null, RetirementCategory.FEMALE_55));
    }

    private void returned(long person) {
        long id = steps.submitted("officer", person, form("模具工", SkillLevel.LEVEL_1,
                honour("BEIJING_TECHNICIAN_ALLOWANCE", LocalDate.of(2024, 12, 1)),
                "从事精密模具制造二十余年，带徒三十余人。", null, null));
        steps.act("reviewer2", id, NominationAction.TAKE, null);
        steps.act("reviewer2", id, NominationAction.RETURN, RETURN_REASON);
    }

    private void onNotice(long person) {
        long id = steps.submitted("officer2", person, form("钳工", SkillLevel.PRINCIPAL_TECHNICIAN,
                honour("CHINA_SKILLS_AWARD", LocalDate.of(2023, 5, 1)),
                "主持精密装配工艺攻关，获国家发明专利两项。", null, null));
        steps.reviewAndApprove("reviewer2", id);
        steps.publish("高技能领军人才拟认定人员公示（第二批，演示）", id, steps.today());
    }

    private void certified(long person) {
        long association = units.find(UnifiedSocialCreditCode.parse(WELDING_ASSOCIATION)).orElseThrow().id();
        long id = steps.submitted("officer2", person, form("焊工", SkillLevel.LEVEL_1,
                competition(Competition.WORLDSKILLS, 1, LocalDate.of(2024, 9, 15),
                        "第47届世界技能大赛（法国里昂）焊接项目金牌"),
                "第47届世界技能大赛焊接项目金牌获得者，现任公司焊接技术带头人。", association, null));
        logins.nameDemoTalent(person);
        steps.reviewAndApprove("reviewer", id);
        steps.publish("高技能领军人才拟认定人员公示（第一批，演示）", id, steps.today().minusWeeks(4));
        steps.act("approver", id, NominationAction.CERTIFY, null);
    }

    /** Seeds the case of the demo person with that ID number while they have none; answers 1 when it did. */
    private int once(String idNumber, LongConsumer seed) {
        var person = people.find(ResidentIdNumber.parse(idNumber, LocalDate.MAX));
        if (person.isEmpty() || !store.ofPerson(person.get().id()).isEmpty()) {
            return 0;
        }
        tx.executeWithoutResult(s -> seed.accept(person.get().id()));
        return 1;
    }

    /**
     * Notifications, entitlements and reward cases are written by asynchronous listeners after each commit; Spring
     * Modulith's publication registry completes an event once its listener has.
     */
    private void awaitEvents() {
        long deadline = System.nanoTime() + EVENTS_WAIT.toNanos();
        while (events.incomplete() > 0) {
            if (System.nanoTime() > deadline) {
                log.warn("Demo cases: events still being handled after {}", EVENTS_WAIT);
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
