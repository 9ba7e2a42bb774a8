package cn.jiangxin.nomination;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.notice.NoticeBatch;
import cn.jiangxin.notice.NoticeCases;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.unit.Units;
import org.springframework.stereotype.Component;

/** The cases as public notice asks for them ({@link NoticeCases}): listed, moved to notice, objections resolvable. */
@Component
class NominationsOnNotice implements NoticeCases {

    private final NominationStore store;
    private final Nominations nominations;
    private final AchievementWords words;
    private final People people;
    private final Units units;

    NominationsOnNotice(NominationStore store, Nominations nominations, AchievementWords words, People people,
            Units units) {
        this.store = store;
        this.nominations = nominations;
        this.words = words;
        this.people = people;
        this.units = units;
    }

    @Override
    public List<NoticeBatch.Entry> approvedForNotice() {
        return store.inStates(Set.of(NominationState.APPROVED_FOR_NOTICE), null).stream().map(this::entry).toList();
    }

    @Override
    public NoticeBatch.Entry entry(CurrentUser user, long nominationId) {
        return entry(nominations.requireVisible(user, nominationId));
    }

    @Override
    public void openNotice(CurrentUser user, long nominationId) {
        nominations.act(user, nominationId, NominationAction.OPEN_NOTICE, null);
    }

    @Override
    public void requireObjectionsResolvable(CurrentUser approver, long nominationId) {
        resolvable(approver, store.find(nominationId).orElseThrow()).orThrow();
    }

    /** Whether an approver may resolve objections to the case now: while it is on notice, and four-eyes. */
    static Verdict resolvable(CurrentUser approver, NominationView n) {
        if (n.state() != NominationState.IN_PUBLIC_NOTICE) {
            return Verdict.refused("outcome", "案件当前状态为“" + n.state().label() + "”，异议只能在公示中处理");
        }
        return FourEyes.onObjection(n.workflow(), approver);
    }

    /** The case as the notice shows it; the criterion names honours as the version in force today does. */
    private NoticeBatch.Entry entry(NominationView n) {
        PersonView person = people.find(n.personId()).orElseThrow();
        return new NoticeBatch.Entry(n.id(), person.name(), person.sex().name(),
                units.find(n.unitId()).orElseThrow().name(), n.draft().occupation(),
                n.draft().achievements().stream().map(words::criterion).collect(Collectors.joining("；")));
    }
}
