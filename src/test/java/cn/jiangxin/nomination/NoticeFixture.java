package cn.jiangxin.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jiangxin.evidence.FileCategory;
import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.notice.NoticeBatch;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.IssuedCredentials;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.testsupport.Cases;
import cn.jiangxin.testsupport.IdNumbers;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.TestPeople;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Gets cases to public notice through the real APIs: a newly registered person of the demo school (so certifications
 * of different tests never meet), a complete form with evidence, submitted, reviewed by “reviewer”, approved by
 * “approver”; then on notice, and time moved on.
 */
final class NoticeFixture {

    private static final String GIVEN = "伟芳娜敏静强磊洋艳勇军杰娟涛明超秀霞平刚";

    final Nominations nominations;
    final EvidenceUploads uploads;
    final People people;
    final NoticeBoard board;
    final CaseReview review;
    final UserDetailsService users;
    final MutableClock clock;
    /** The credentials each person's first submission issued, by person. */
    private final Map<Long, IssuedCredentials> talentCredentials = new HashMap<>();

    NoticeFixture(Nominations nominations, EvidenceUploads uploads, People people, NoticeBoard board, CaseReview review,
            UserDetailsService users, MutableClock clock) {
        this.nominations = nominations;
        this.uploads = uploads;
        this.people = people;
        this.board = board;
        this.review = review;
        this.users = users;
        this.clock = clock;
    }

    CurrentUser user(String username) {
        return DemoCase.user(users, username);
    }

    /** Beijing time on that day. */
    void setClock(LocalDate day, LocalTime time) {
        clock.set(day.atTime(time).atZone(BeijingTime.ZONE).toInstant());
    }

    Instant now() {
        return clock.instant();
    }

    /** A new man of the officer's unit, born 1975 to 1999, with a random valid ID number. */
    long newPerson() {
        String name = "测试" + GIVEN.charAt(IdNumbers.nextInt(GIVEN.length()))
                + GIVEN.charAt(IdNumbers.nextInt(GIVEN.length()));
        return TestPeople.register(people, user("officer"), name, Sex.MALE, LocalDate.of(1975, 1, 1), 9000);
    }

    /** A complete form; the training unit of a WorldSkills gold is “officer2”'s unit, not the nominating one. */
    NominationDraft draft(Achievement... achievements) {
        return new NominationDraft("汉族", "群众", "大专", "焊工", SkillLevel.LEVEL_1, List.of(achievements),
                "长期从事焊接工作", "同意推荐", trainingUnitId(), null);
    }

    long trainingUnitId() {
        return user("officer2").unitId();
    }

    static Achievement worldSkillsGold(int index, LocalDate on) {
        return new Achievement(index, Achievement.Kind.COMPETITION, Competition.WORLDSKILLS, 1, null, null,
                on, "焊接项目");
    }

    static Achievement honour(int index, String honour, LocalDate on) {
        return new Achievement(index, Achievement.Kind.HONOR, null, null, honour, null, on, "");
    }

    /** A case of {@code personId} with {@code draft}, taken through review (every achievement confirmed) and approval. */
    long approvedCase(long personId, NominationDraft draft) {
        return approve(nominations.open(user("officer"), personId), draft);
    }

    /** The draft {@code id} filled with {@code draft} and evidence, submitted, reviewed and approved. */
    long approve(long id, NominationDraft draft) {
        return approve(id, draft, "reviewer");
    }

    /** As {@link #approve(long, NominationDraft)}, with {@code reviewerName} taking and passing the case. */
    long approve(long id, NominationDraft draft, String reviewerName) {
        CurrentUser officer = user("officer");
        long personId = nominations.requireVisible(officer, id).personId();
        new Cases(nominations, uploads, review, board)
                .approved(officer, user(reviewerName), user("approver"), id, draft).talentCredentials()
                .ifPresent(c -> talentCredentials.put(personId, c));
        return id;
    }

    /** The talent account the person's first submission opened, with its one-time password. */
    IssuedCredentials talentCredentials(long personId) {
        return java.util.Optional.ofNullable(talentCredentials.get(personId)).orElseThrow();
    }

    long approvedCase() {
        return approvedCase(newPerson(), draft(worldSkillsGold(0, LocalDate.of(2024, 9, 15))));
    }

    /** Publishes a notice of the cases today; returns it. */
    NoticeBatch publish(long... caseIds) {
        long id = board.publish(user("approver"), "测试公示", java.util.Arrays.stream(caseIds).boxed().toList());
        return board.get(id);
    }

    /** Moves the clock to 10:00 on the first day after the notice period. */
    void afterNotice(NoticeBatch batch) {
        setClock(batch.period().lastDay().plusDays(1), LocalTime.of(10, 0));
    }
}
