package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.web.Refusal;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Redirects;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestDatabaseIsolation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A person has at most one open case (any state before CERTIFIED, REJECTED or WITHDRAWN): the page offers the open
 * case instead of a new one, the service refuses a second, the database refuses one the service did not check, and a
 * double click racing two creates makes one case and tells the other request so.
 */
@JiangxinTest
class OneOpenCasePerPersonTest {

    static final String REFUSAL = "该人员已有一件未办结的推荐案件，不能再新建；请打开该案件继续办理";
    private static final int ROUNDS = 10;
    private static final int CLICKS = 8;

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired Nominations nominations;
    @Autowired NominationStore store;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    CurrentUser officer;

    @BeforeEach
    void officerOfTheSchool() {
        officer = staff.officer();
    }

    @Test
    void aSecondCaseIsRefusedWhileTheFirstIsOpenAndAllowedOnceItIsClosed() {
        long person = TestPeople.register(people, officer, "单案甲", Sex.MALE);
        long first = nominations.open(officer, person);
        assertThatThrownBy(() -> nominations.open(officer, person))
                .isInstanceOf(RuleViolationException.class).hasMessage(REFUSAL);
        assertThat(casesOf(person)).isEqualTo(1);

        nominations.act(officer, first, NominationAction.WITHDRAW, "填错了人员信息");
        long second = nominations.open(officer, person);
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> nominations.open(officer, person)).hasMessage(REFUSAL);
    }

    @Test
    void theDatabaseRefusesASecondOpenCaseThatSkippedTheCheck() {
        long person = TestPeople.register(people, officer, "单案乙", Sex.MALE);
        nominations.open(officer, person);
        assertThatThrownBy(() -> store.insert(person, officer.unitId(), officer.accountId(), java.time.Instant.now()))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(casesOf(person)).isEqualTo(1);
    }

    @Test
    void theNewCasePageLinksTheOpenCaseInsteadOfOfferingANewOne() throws Exception {
        long withCase = TestPeople.register(people, officer, "单案丙", Sex.FEMALE);
        long without = TestPeople.register(people, officer, "单案丁", Sex.FEMALE);
        long id = nominations.open(officer, withCase);

        Document page = Jsoup.parse(mvc.perform(get("/nominations/new").with(staff.as(Staff.OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("open-" + withCase)).as("no button for a second case").isNull();
        assertThat(page.getElementById("case-of-" + withCase).attr("href")).isEqualTo("/nominations/" + id);
        assertThat(page.getElementById("case-of-" + withCase).text()).contains("草稿");
        assertThat(page.getElementById("open-" + without)).isNotNull();
        assertThat(page.getElementById("case-of-" + without)).isNull();

        MvcResult second = mvc.perform(post("/nominations").param("person", String.valueOf(withCase)).with(csrf())
                        .header("Referer", "http://localhost/nominations/new?person=" + withCase)
                        .with(staff.as(Staff.OFFICER)))
                .andExpect(redirectedUrl("/nominations/new?person=" + withCase + "#refusal")).andReturn();
        assertThat(((Refusal) second.getFlashMap().get("refusal")).message()).isEqualTo(REFUSAL);
        Document refused = Jsoup.parse(Redirects.follow(mvc, second, staff.as(Staff.OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.getElementById("refusal-message").text()).isEqualTo(REFUSAL);
        assertThat(refused.getElementById("case-of-" + withCase).attr("href")).isEqualTo("/nominations/" + id);
        assertThat(casesOf(withCase)).isEqualTo(1);
    }

    /** {@value #CLICKS} creates for one person at once, {@value #ROUNDS} times: one case each time, no error page. */
    @Test
    void racingCreatesForOnePersonMakeOneCaseAndTellTheOthersWhy() throws Exception {
        List<String> tally = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLICKS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long person = TestPeople.register(people, officer, "单案竞", Sex.MALE);
                CountDownLatch gate = new CountDownLatch(1);
                List<Future<MvcResult>> clicks = new ArrayList<>();
                for (int i = 0; i < CLICKS; i++) {
                    clicks.add(pool.submit(() -> {
                        gate.await();
                        return mvc.perform(post("/nominations").param("person", String.valueOf(person)).with(csrf())
                                .header("Referer", "http://localhost/nominations/new")
                                .with(staff.as(Staff.OFFICER))).andReturn();
                    }));
                }
                gate.countDown();
                int created = 0;
                int refused = 0;
                for (Future<MvcResult> click : clicks) {
                    MvcResult r = click.get();
                    String location = r.getResponse().getRedirectedUrl();
                    if (location.matches("/nominations/\\d+/edit")) {
                        assertThat(r.getResponse().getStatus()).as("round %d", round).isEqualTo(302);
                        created++;
                    } else {
                        assertThat(r.getResponse().getStatus()).as("round %d", round).isEqualTo(303);
                        assertThat(location).isEqualTo("/nominations/new#refusal");
                        assertThat(((Refusal) r.getFlashMap().get("refusal")).message()).isEqualTo(REFUSAL);
                        refused++;
                    }
                }
                tally.add(created + " created, " + refused + " refused");
                assertThat(created).as("round %d", round).isEqualTo(1);
                assertThat(casesOf(person)).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("one open case per person, " + (TestDatabaseIsolation.onPostgres() ? "PostgreSQL" : "H2")
                + ", " + CLICKS + " concurrent creates per round: " + tally);
    }

    private long casesOf(long person) {
        return jdbc.sql("SELECT COUNT(*) FROM nomination WHERE person_id = ?").param(person).query(Long.class).single();
    }
}
