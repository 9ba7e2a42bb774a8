package cn.jiangxin.testsupport;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.Achievement;
import cn.jiangxin.nomination.AchievementCheck;
import cn.jiangxin.nomination.ActionTaken;
import cn.jiangxin.nomination.CaseReview;
import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.evidence.FileCategory;
import cn.jiangxin.nomination.NominationAction;
import cn.jiangxin.nomination.NominationDraft;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.nomination.SkillLevel;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.notice.NoticeBatch;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.RetirementCategory;

/**
 * Takes a case along its way through the real services, each step by the account a test names: ready to submit
 * (the form filled, evidence for the first achievement and the stamped form on file), submitted, reviewed (taken,
 * every achievement confirmed, passed), approved for notice, and put on a notice.
 */
public record Cases(Nominations nominations, EvidenceUploads uploads, CaseReview review, NoticeBoard board) {

    /** With the beans of that context. */
    public static Cases of(org.springframework.context.ApplicationContext context) {
        return new Cases(context.getBean(Nominations.class), context.getBean(EvidenceUploads.class),
                context.getBean(CaseReview.class), context.getBean(NoticeBoard.class));
    }

    /** A complete form: one achievement (second place in a national competition, September 2025), no training unit. */
    public static NominationDraft complete() {
        return new NominationDraft("汉族", "群众", "大学专科", "焊工", SkillLevel.LEVEL_1,
                List.of(new Achievement(0, Achievement.Kind.COMPETITION, Competition.NATIONAL, 2, null, null,
                        LocalDate.of(2025, 9, 20), "全国职业技能大赛焊接项目第二名")),
                "长期从事焊接工作", "同意推荐", null, RetirementCategory.FEMALE_50);
    }

    /** A case of the person with the {@link #complete()} form, ready to submit; answers its id. */
    public long ready(CurrentUser officer, long personId) {
        return ready(officer, personId, complete());
    }

    /** Opens a case of the person, fills it with {@code draft} and uploads what a submission needs; answers its id. */
    public long ready(CurrentUser officer, long personId, NominationDraft draft) {
        long id = nominations.open(officer, personId);
        fill(officer, id, draft);
        return id;
    }

    /** Saves {@code draft} into the case and uploads evidence for the first achievement and the stamped form. */
    public void fill(CurrentUser officer, long id, NominationDraft draft) {
        nominations.save(officer, id, draft);
        uploads.upload(officer, id, FileCategory.EVIDENCE, 0, PdfBytes.upload("证书.pdf", "application/pdf"));
        uploads.upload(officer, id, FileCategory.STAMPED_FORM, null, PdfBytes.upload("推荐表.pdf", "x"));
    }

    public ActionTaken submit(CurrentUser officer, long id) {
        return nominations.act(officer, id, NominationAction.SUBMIT, null);
    }

    /** The reviewer takes the case, confirms each of the draft's achievements and passes it. */
    public void reviewAndPass(CurrentUser reviewer, long id, NominationDraft draft) {
        nominations.act(reviewer, id, NominationAction.TAKE, null);
        confirmAll(reviewer, id, draft);
        nominations.act(reviewer, id, NominationAction.PASS, null);
    }

    /** The reviewer holding the case confirms every achievement of the draft, as passing it requires. */
    public void confirmAll(CurrentUser reviewer, long id, NominationDraft draft) {
        draft.achievements().forEach(a -> review.verify(reviewer, id, a.index(), AchievementCheck.Outcome.CONFIRMED,
                ""));
    }

    public void approve(CurrentUser approver, long id) {
        nominations.act(approver, id, NominationAction.APPROVE_FOR_NOTICE, null);
    }

    /** Filled, submitted, reviewed and approved; answers the submission (with the talent credentials it issued). */
    public ActionTaken approved(CurrentUser officer, CurrentUser reviewer, CurrentUser approver, long id,
            NominationDraft draft) {
        fill(officer, id, draft);
        ActionTaken submitted = submit(officer, id);
        reviewAndPass(reviewer, id, draft);
        approve(approver, id);
        return submitted;
    }

    /** The approver certifies the case (after its notice period, without an upheld objection). */
    public void certify(CurrentUser approver, long id) {
        nominations.act(approver, id, NominationAction.CERTIFY, null);
    }

    /** Publishes a notice of the cases today; answers it. */
    public NoticeBatch onNotice(CurrentUser approver, String title, List<Long> caseIds) {
        return board.get(board.publish(approver, title, caseIds));
    }
}
