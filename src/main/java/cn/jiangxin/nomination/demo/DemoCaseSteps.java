package cn.jiangxin.nomination.demo;

import cn.jiangxin.nomination.Achievement;
import cn.jiangxin.nomination.AchievementCheck;
import cn.jiangxin.nomination.CaseReview;
import cn.jiangxin.nomination.NominationAction;
import cn.jiangxin.nomination.NominationDraft;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.nomination.SkillLevel;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.evidence.FileCategory;
import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.RetirementCategory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the steps the demo cases are made of, each taken by a demo account, signed in, through the
 * services the pages call.
 */
@Component
@Profile("demo")
class DemoCaseSteps {

    private final Nominations nominations;
    private final EvidenceUploads uploads;
    private final CaseReview review;
    private final NoticeBoard board;
    private final DemoLogins logins;

    DemoCaseSteps(Nominations nominations, EvidenceUploads uploads, CaseReview review,
            NoticeBoard board, DemoLogins logins) {
        this.nominations = nominations;
        this.uploads = uploads;
        this.review = review;
        this.board = board;
        this.logins = logins;
    }

    /** A form with one achievement; no political status when there are no accomplishments yet (a draft). */
    static NominationDraft form(String occupation, SkillLevel level, Achievement achievement, String accomplishments,
            Long trainingUnit, RetirementCategory category) {
        boolean complete = !accomplishments.isEmpty();
        return new NominationDraft("汉族", complete ? "中共党员" : "", "大学专科", occupation, level, List.of(achievement),
                accomplishments, complete ? "同意推荐。" : "", trainingUnit, category);
    }

    static Achievement competition(Competition competition, int place, LocalDate on, String description) {
        return new Achievement(0, Achievement.Kind.COMPETITION, competition, place, null, null, on, description);
    }

    static Achievement honour(String code, LocalDate on) {
        return new Achievement(0, Achievement.Kind.HONOR, null, null, code, null, on, "");
    }

    long draft(String officer, long person, NominationDraft form) {
        return logins.as(officer, user -> {
            long id = nominations.open(user, person);
            nominations.save(user, id, form);
            return id;
        });
    }

    /** A draft with evidence for each achievement and the stamped form, submitted (which opens the talent's account). */
    long submitted(String officer, long person, NominationDraft form) {
        long id = draft(officer, person, form);
        return logins.as(officer, user -> {
            form.achievements().forEach(a -> uploads.upload(user, id, FileCategory.EVIDENCE, a.index(),
                    DemoUpload.certificate()));
            uploads.upload(user, id, FileCategory.STAMPED_FORM, null, DemoUpload.stampedForm());
            nominations.act(user, id, NominationAction.SUBMIT, null);
            return id;
        });
    }

    /** The reviewer takes the case, confirms every achievement and passes it; “approver” approves it for notice. */
    void reviewAndApprove(String reviewer, long id) {
        act(reviewer, id, NominationAction.TAKE, null);
        logins.as(reviewer, user -> {
            review.caseOf(id).draft().achievements().forEach(a -> review.verify(user, id, a.index(),
                    AchievementCheck.Outcome.CONFIRMED, "已与证书原件核对"));
            return null;
        });
        act(reviewer, id, NominationAction.PASS, null);
        act("approver", id, NominationAction.APPROVE_FOR_NOTICE, null);
    }

    void act(String username, long id, NominationAction action, String reason) {
        logins.as(username, user -> nominations.act(user, id, action, reason));
    }

    /** “approver” puts the case on a notice whose period starts on {@code firstDay}. */
    long publish(String title, long id, LocalDate firstDay) {
        return logins.as("approver", user -> board.publish(user, title, List.of(id), firstDay));
    }

    LocalDate today() {
        return board.today();
    }
}
