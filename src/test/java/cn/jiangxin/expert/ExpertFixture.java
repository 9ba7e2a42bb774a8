package cn.jiangxin.expert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.NoticeFixture;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.springframework.context.ApplicationContext;

/** The expert tests' data, made through the real services: a certified talent, other experts, a need. */
record ExpertFixture(ApplicationContext context, Staff staff, People people, ExpertPool pool, ExpertNeeds needs) {

    static final ExpertProfile WELDER = new ExpertProfile(Set.of("焊工"), "焊接工艺",
            EnumSet.of(ExpertRole.PROJECT_REVIEW), "工作日", Set.of(), Set.of());

    static ExpertFixture of(ApplicationContext context) {
        return new ExpertFixture(context, context.getBean(Staff.class), context.getBean(People.class),
                context.getBean(ExpertPool.class), context.getBean(ExpertNeeds.class));
    }

    /** A talent certified today (the clock set to the day after their notice); answers the talent's user name. */
    String certifiedTalentName() {
        return NoticeFixture.of(context).certifiedTalent();
    }

    CurrentUser certifiedTalent() {
        return staff.signedIn(certifiedTalentName());
    }

    /** {@code n} welders of the registry added by staff (not leading talents). */
    List<Long> others(int n) {
        return others(n, WELDER);
    }

    List<Long> others(int n, ExpertProfile profile) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long person = TestPeople.register(people, staff.officer2(), "专家" + "甲乙丙丁戊己".charAt(i), Sex.MALE);
            ids.add(pool.add(staff.reviewer(), person, profile));
        }
        return ids;
    }

    long need(LocalDate date) {
        return needs.create(staff.reviewer(), new NeedDraft("焊接项目评审", ExpertRole.PROJECT_REVIEW, Set.of("焊工"), 1,
                date, Set.of(), Set.of()));
    }

    /**
     * Runs the attempts at the same moment, each on a thread of its own released together; answers what each
     * answered, "drawn" or the refusal's message, in their order.
     */
    @SafeVarargs
    static List<String> atOnce(java.util.concurrent.Callable<String>... attempts) throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(attempts.length);
        try {
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (var attempt : attempts) {
                answers.add(threads.submit(() -> {
                    start.await();
                    try {
                        return attempt.call();
                    } catch (cn.jiangxin.platform.RuleViolationException e) {
                        return e.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (var f : answers) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            threads.shutdown();
        }
    }
}
