package cn.jiangxin.testsupport;

import java.time.LocalDate;
import java.time.LocalTime;

import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.CaseReview;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.person.People;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests of notices and certification: the shared context with a clock the tests move, set to the
 * last working day before the National Day holiday 2025, and {@link NoticeFixture} to get cases on notice.
 */
@JiangxinTest
@MovableClock
@RecordApplicationEvents
public abstract class NoticeContext {

    @Autowired protected MockMvc mvc;
    @Autowired protected Nominations nominations;
    @Autowired protected EvidenceUploads uploads;
    @Autowired protected People people;
    @Autowired protected NoticeBoard board;
    @Autowired protected CaseReview review;
    @Autowired protected Staff staff;
    @Autowired protected MutableClock clock;
    @Autowired protected JdbcClient jdbc;

    protected NoticeFixture cases;
    protected CurrentUser approver;

    /** Tuesday 30 September 2025, 10:00 in Beijing: the last working day before the National Day holiday. */
    @BeforeEach
    void tuesdayBeforeNationalDay2025() {
        cases = new NoticeFixture(nominations, uploads, people, board, review, staff, clock);
        cases.setClock(LocalDate.of(2025, 9, 30), LocalTime.of(10, 0));
        approver = staff.approver();
    }
}
