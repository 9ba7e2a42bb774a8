package cn.jiangxin.nomination;

import java.time.LocalDate;
import java.time.LocalTime;

import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.DemoTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** One application context (demo data, a clock the tests move) for the tests of notices and certification. */
@DemoTest
@MovableClock
@RecordApplicationEvents
abstract class NoticeContext {

    @Autowired MockMvc mvc;
    @Autowired Nominations nominations;
    @Autowired EvidenceUploads uploads;
    @Autowired People people;
    @Autowired NoticeBoard board;
    @Autowired CaseReview review;
    @Autowired UserDetailsService users;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    NoticeFixture cases;
    CurrentUser approver;

    /** Tuesday 30 September 2025, 10:00 in Beijing: the last working day before the National Day holiday. */
    @BeforeEach
    void tuesdayBeforeNationalDay2025() {
        cases = new NoticeFixture(nominations, uploads, people, board, review, users, clock);
        cases.setClock(LocalDate.of(2025, 9, 30), LocalTime.of(10, 0));
        approver = cases.user("approver");
    }
}
