package cn.jiangxin.invitation;

import java.time.Clock;
import java.util.List;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.listimport.ImportedEntries;
import cn.jiangxin.listimport.ImportedEntry;
import cn.jiangxin.listimport.ImportedListSummary;
import cn.jiangxin.matching.MatchResults;
import cn.jiangxin.nomination.Achievement;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.Competition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to nominate a list's candidates: staff invite the chosen candidates (each once: a candidate becomes
 * invited by a conditional update, and an invitation is unique per candidate) or dismiss one with a reason; an
 * officer of the person's unit confirms an invitation, which opens the person's nomination case pre-filled with the
 * achievement and the list as its evidence reference (or finds the person's open case: never a second), or declines
 * it with a reason.
 */
@Service
class Invitations {

    static final int MAX_REASON = 500;

    private final CandidateStore store;
    private final ImportedEntries entries;
    private final MatchResults matches;
    private final Nominations nominations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(CandidateStore store, ImportedEntries entries, MatchResults matches, Nominations nominations,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.entries = entries;
        this.matches = matches;
        this.nominations = nominations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    static boolean isStaff(CurrentUser user) {
        return user.has(Role.POLICY_ADMIN) || user.has(Role.SYSTEM_ADMIN);
    }

    /** The list, for staff. */
    ImportedListSummary list(CurrentUser user, long listId) {
        if (!isStaff(user)) {
            throw new NotFoundException("list " + listId);
        }
        return entries.list(listId).orElseThrow(() -> new NotFoundException("list " + listId));
    }

    Funnel funnel(CurrentUser user, long listId) {
        ImportedListSummary list = list(user, listId);
        return Funnel.of(list.rowsAccepted(), matches.countsOf(listId).settled(), store.statusCounts(listId));
    }

    /** Invites the chosen candidates of the list; answers how many this request invited (a repeat invites none). */
    @Transactional
    int invite(CurrentUser user, long listId, List<Long> candidateIds) {
        ImportedListSummary list = list(user, listId);
        if (candidateIds == null || candidateIds.isEmpty()) {
            throw new RuleViolationException("candidateIds", "请至少选择一名候选人");
        }
        int invited = 0;
        for (long id : candidateIds.stream().distinct().sorted().toList()) {
            CandidateRow c = store.candidate(id).filter(r -> r.listId() == listId)
                    .orElseThrow(() -> new NotFoundException("candidate " + id));
            if (!store.markInvited(id, listId, clock.instant())) {
                continue;
            }
            long invitation = store.insertInvitation(c, user.accountId(), clock.instant());
            audit.recordChange("INVITATION_SENT", "invitation", invitation,
                    "candidate=" + id + " person=" + c.personId() + " unit=" + c.unitId());
            events.publishEvent(new NominationInvited(invitation, c.personId(), c.unitId(), c.achievement(),
                    list.source()));
            invited++;
        }
        return invited;
    }

    /** Dismisses a candidate with the reason; a candidate no longer open to it is refused in words. */
    @Transactional
    void dismiss(CurrentUser user, long listId, long candidateId, String reason) {
        list(user, listId);
        String why = reason(reason, "reason", "请填写不予邀请的原因");
        store.candidate(candidateId).filter(r -> r.listId() == listId)
                .orElseThrow(() -> new NotFoundException("candidate " + candidateId));
        if (!store.dismiss(candidateId, listId, why, user.accountId(), clock.instant())) {
            throw new RuleViolationException("reason", "该人员已不是待邀请的候选人（可能已被他人邀请或不予邀请），请刷新页面");
        }
        audit.recordChange("CANDIDATE_DISMISSED", "invitation_candidate", candidateId, why);
    }

    /** An invitation to the officer's unit. */
    InvitationRow invitation(CurrentUser user, long id) {
        return store.invitation(id).filter(i -> isOfficerOf(user, i.unitId()))
                .orElseThrow(() -> new NotFoundException("invitation " + id));
    }

    /** Where the invited achievement is on record: the list, its file and the row. */
    String evidenceOf(InvitationRow i) {
        ImportedEntry entry = entries.entry(i.entryId()).orElseThrow();
        return entries.list(entry.listId()).map(l -> AchievementWords.evidence(entry, l)).orElse("");
    }

    /**
     * Confirms the invitation: the person's case, opened with the achievement pre-filled, or the person's open case
     * of the unit. Exactly once: the invitation's row is locked, and a confirmed one answers its case again.
     */
    @Transactional
    long accept(CurrentUser user, long id) {
        InvitationRow i = store.lockInvitation(id).filter(r -> isOfficerOf(user, r.unitId()))
                .orElseThrow(() -> new NotFoundException("invitation " + id));
        if (i.state() == InvitationRow.State.ACCEPTED) {
            return i.nominationId();
        }
        if (i.state() == InvitationRow.State.DECLINED) {
            throw new RuleViolationException("invitation", "该邀请已婉拒，不能再确认推荐");
        }
        String description = i.achievement() + "。依据：" + evidenceOf(i);
        Achievement achievement = prefilled(i, description.length() > 1000 ? description.substring(0, 1000) : description);
        long nomination = nominations.openWithAchievement(user, i.personId(), achievement);
        store.markAccepted(i, nomination, user.accountId(), clock.instant());
        audit.recordChange("INVITATION_ACCEPTED", "invitation", id, "nomination=" + nomination);
        return nomination;
    }

    /** The achievement the list gives, as the form's first row: a competition place, an honour or a studio. */
    private static Achievement prefilled(InvitationRow i, String description) {
        if (i.honour() != null) {
            return new Achievement(0, Achievement.Kind.HONOR, null, null, i.honour(), null, i.achievedOn(), description);
        }
        if (i.studioLevel() != null) {
            return new Achievement(0, Achievement.Kind.STUDIO_LEADER, null, null, null,
                    Achievement.Level.valueOf(i.studioLevel()), i.achievedOn(), description);
        }
        Competition competition = Competition.ofCode(i.competition()).orElseThrow(
                () -> new RuleViolationException("invitation", "名单所列竞赛不在《办法》所列竞赛之中，请直接新建推荐"));
        return new Achievement(0, Achievement.Kind.COMPETITION, competition, i.place(), null, null, i.achievedOn(),
                description);
    }

    @Transactional
    void decline(CurrentUser user, long id, String reason) {
        String why = reason(reason, "reason", "请填写婉拒的原因");
        InvitationRow i = store.lockInvitation(id).filter(r -> isOfficerOf(user, r.unitId()))
                .orElseThrow(() -> new NotFoundException("invitation " + id));
        if (!store.markDeclined(i, why, user.accountId(), clock.instant())) {
            throw new RuleViolationException("reason", "该邀请已处理，不能再婉拒");
        }
        audit.recordChange("INVITATION_DECLINED", "invitation", id, why);
    }

    static boolean isOfficerOf(CurrentUser user, long unitId) {
        return user.has(Role.UNIT_OFFICER) && user.unit().filter(u -> u == unitId).isPresent();
    }

    private static String reason(String reason, String field, String missing) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolationException(field, missing);
        }
        if (why.length() > MAX_REASON) {
            throw new RuleViolationException(field, "原因不能超过" + MAX_REASON + "字");
        }
        return why;
    }
}
