package cn.jiangxin.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.nomination.NominationAction;
import cn.jiangxin.nomination.NominationState;
import cn.jiangxin.nomination.NominationTransitioned;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.IdNumbers;
import cn.jiangxin.testsupport.TestAccounts;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.testsupport.TestUnits;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The notification module with the modules it depends on, no demo data: a submission published by nomination
 * reaches, through the module's own listener after the commit, the other officers of the unit and the reviewers,
 * each with a link to the case, and not the officer who submitted.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class TransitionNotifiesModuleTest {

    private static final CurrentUser ROOT = TestAccounts.ROOT;
    private static final String PASSWORD = "Scenario-Pass-2026";

    @Autowired Notifications notifications;
    @Autowired AccountRegistry accounts;
    @Autowired People people;
    @Autowired Units units;

    private long account(String prefix, Role role, Long unitId) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(new NewAccount(username, username, PASSWORD, Set.of(role), unitId, false));
    }

    @Test
    void aSubmissionTellsTheOtherOfficersAndTheReviewersButNotTheOfficerWhoSubmitted(Scenario scenario) {
        long unit = TestUnits.register(units, ROOT, "场景通知职业技能培训学校", "SCHOOL");
        long person = TestPeople.register(people, ROOT, unit, "郑通知", Sex.MALE, LocalDate.of(1985, 1, 1), 5000);
        long submitter = account("mt-officer", Role.UNIT_OFFICER, unit);
        long otherOfficer = account("mt-officer", Role.UNIT_OFFICER, unit);
        long reviewer = account("mt-reviewer", Role.REVIEWER, null);
        long nomination = 1_000_000 + IdNumbers.nextInt(1_000_000_000);
        String link = "/nominations/" + nomination;

        scenario.publish(new NominationTransitioned(nomination, person, unit, NominationState.DRAFT,
                        NominationState.SUBMITTED, NominationAction.SUBMIT, submitter, Instant.now(), null))
                .andWaitForStateChange(() -> notifications.of(otherOfficer), received -> !received.isEmpty())
                .andVerify(received -> {
                    assertThat(received).singleElement().satisfies(n -> {
                        assertThat(n.link()).isEqualTo(link);
                        assertThat(n.title()).contains("郑通知");
                        assertThat(n.unread()).isTrue();
                    });
                    assertThat(notifications.of(reviewer)).extracting(Notification::link).containsExactly(link);
                    assertThat(notifications.of(submitter)).isEmpty();
                });
    }
}
