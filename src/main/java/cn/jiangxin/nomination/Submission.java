package cn.jiangxin.nomination;

import java.util.Optional;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.IssuedCredentials;
import cn.jiangxin.identity.TalentAccounts;
import cn.jiangxin.person.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting a case, and with it opening the talent's account: on the first submission of any case about the
 * person, not when the draft is opened (a draft may be abandoned and then nobody needs an account), and never a
 * second one (resubmission, a later case of the same person).
 */
@Service
class Submission {

    private final Nominations nominations;
    private final TalentAccounts talents;
    private final People people;

    Submission(Nominations nominations, TalentAccounts talents, People people) {
        this.nominations = nominations;
        this.talents = talents;
        this.people = people;
    }

    /** Submits the case; the talent's new credentials when this opened their account, to be shown once. */
    @Transactional
    Optional<IssuedCredentials> submit(CurrentUser user, long id) {
        nominations.act(user, id, NominationAction.SUBMIT, null);
        NominationView n = nominations.requireVisible(user, id);
        String name = people.find(n.personId()).map(p -> p.name()).orElse(null);
        return talents.openFor(n.personId(), name);
    }
}
