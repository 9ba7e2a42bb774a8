package cn.jiangxin.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.IssuedCredentials;
import cn.jiangxin.nomination.Achievement;
import cn.jiangxin.nomination.CaseReview;
import cn.jiangxin.nomination.NominationDraft;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.nomination.SkillLevel;
import cn.jiangxin.notice.NoticeBatch;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.policy.Competition;
import org.springframework.context.ApplicationContext;

/**
 * Gets cases to public notice through the real services with the kit's accounts ({@link Staff}): a newly registered
 * person of {@link Staff#UNIT} (so certifications of different tests never meet), a complete form with evidence,
 * submitted by {@link Staff#OFFICER}, reviewed by {@link Staff#REVIEWER}, approved by {@link Staff#APPROVER}; then on
 * notice, and time moved on.
 */
public final class NoticeFixture {

    private static final String GIVEN = "伟芳娜敏静强磊洋艳勇军杰娟涛明超秀霞平刚";

    private final Nominations nominations;
    private final People people;
    private final NoticeBoard board;
    private final Staff staff;
    private final MutableClock clock;
    private final Cases cases;
    /** The credentials each person's first submission issued, by person. */
    private final Map<Long, IssuedCredentials> talentCredentials = new HashMap<>();

    public NoticeFixture(Nominations nominations, EvidenceUploads uploads, People people, NoticeBoard board,
            CaseReview review, Staff staff, MutableClock clock) {
        this.nominations = nominations;
        this.people = people;
        this.board = board;
        this.staff = staff;
        this.clock = clock;
        this.cases = new Cases(nominations, uploads, review, board);
    }

    /** With the beans of that context (which must have {@link MovableClock}). */
    public static NoticeFixture of(ApplicationContext context) {
        return new NoticeFixture(context.getBean(Nominations.class), context.getBean(EvidenceUploads.class),
                context.getBean(People.class), context.getBean(NoticeBoard.class), context.getBean(CaseReview.class),
                context.getBean(Staff.class), context.getBean(MutableClock.class));
    }

    public Staff staff() {
        return staff;
    }

    /** Beijing time on that day. */
    public void setClock(LocalDate day, LocalTime time) {
        clock.set(day.atTime(time).atZone(BeijingTime.ZONE).toInstant());
    }

    /** The kit's {@link Cases} on the same services. */
    public Cases cases() {
        return cases;
    }

    public Instant now() {
        return clock.instant();
    }

    /** A new man of {@link Staff#UNIT}, born 1975 to 1999, with a random valid ID number. */
    public long newPerson() {
        String name = "测试" + GIVEN.charAt(IdNumbers.nextInt(GIVEN.length()))
                + GIVEN.charAt(IdNumbers.nextInt(GIVEN.length()));
        return TestPeople.register(people, staff.officer(), name, Sex.MALE, LocalDate.of(1975, 1, 1), 9000);
    }

    /** A complete form; the training unit of a WorldSkills gold is {@link Staff#UNIT2}, not the nominating one. */
    public NominationDraft draft(Achievement... achievements) {
        return new NominationDraft("汉族", "群众", "大学专科", "焊工", SkillLevel.LEVEL_1, List.of(achievements),
                "长期从事焊接工作", "同意推荐", trainingUnitId(), null);
    }

    public long trainingUnitId() {
        return staff.officer2().unitId();
    }

    public static Achievement worldSkillsGold(int index, LocalDate on) {
        return new Achievement(index, Achievement.Kind.COMPETITION, Competition.WORLDSKILLS, 1, null, null,
                on, "焊接项目");
    }

    public static Achievement honour(int index, String honour, LocalDate on) {
        return new Achievement(index, Achievement.Kind.HONOR, null, null, honour, null, on, "");
    }

    /** A case of {@code personId} with {@code draft}, taken through review (every achievement confirmed) and approval. */
    public long approvedCase(long personId, NominationDraft draft) {
        return approve(nominations.open(staff.officer(), personId), draft);
    }

    /** The draft {@code id} filled with {@code draft} and evidence, submitted, reviewed and approved. */
    public long approve(long id, NominationDraft draft) {
        return approve(id, draft, staff.reviewer());
    }

    /** As {@link #approve(long, NominationDraft)}, with {@code reviewer} taking and passing the case. */
    public long approve(long id, NominationDraft draft, CurrentUser reviewer) {
        CurrentUser officer = staff.officer();
        long personId = nominations.requireVisible(officer, id).personId();
        cases.approved(officer, reviewer, staff.approver(), id, draft).talentCredentials()
                .ifPresent(c -> talentCredentials.put(personId, c));
        return id;
    }

    /** The talent account the person's first submission opened, with its one-time password. */
    public IssuedCredentials talentCredentials(long personId) {
        return Optional.ofNullable(talentCredentials.get(personId)).orElseThrow();
    }

    public long approvedCase() {
        return approvedCase(newPerson(), draft(worldSkillsGold(0, LocalDate.of(2024, 9, 15))));
    }

    /** Publishes a notice of the cases today; returns it. */
    public NoticeBatch publish(long... caseIds) {
        return cases.onNotice(staff.approver(), "测试公示", Arrays.stream(caseIds).boxed().toList());
    }

    /** Moves the clock to 10:00 on the first day after the notice period. */
    public void afterNotice(NoticeBatch batch) {
        setClock(batch.period().lastDay().plusDays(1), LocalTime.of(10, 0));
    }

    /**
     * A new person with a WorldSkills gold, taken through notice and certified (the clock set to the day after the
     * notice), then signed in once with the one-time password changed; answers the talent's user name.
     */
    public String certifiedTalent() {
        setClock(LocalDate.of(2025, 9, 30), LocalTime.of(10, 0));
        long personId = newPerson();
        long id = approvedCase(personId, draft(worldSkillsGold(0, LocalDate.of(2024, 9, 15))));
        afterNotice(publish(id));
        cases.certify(staff.approver(), id);
        return staff.talent(talentCredentials(personId));
    }
}
