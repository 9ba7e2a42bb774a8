package cn.jiangxin.tracking;

import java.util.List;

import cn.jiangxin.nomination.CaseScope;
import cn.jiangxin.nomination.NominationLookup;
import cn.jiangxin.nomination.NominationView;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.NotFoundException;
import org.springframework.stereotype.Service;

/** The cases a talent may follow (WF-5): those about themselves, read-only; any other case is not found. */
@Service
class TalentCases {

    private final NominationLookup store;

    TalentCases(NominationLookup store) {
        this.store = store;
    }

    List<NominationView> of(CurrentUser user) {
        return user.person().filter(p -> CaseScope.isTalentOf(user, p)).map(store::ofPerson).orElse(List.of());
    }

    /** @throws NotFoundException when there is no such case or it is about someone else */
    NominationView require(CurrentUser user, long id) {
        return store.find(id).filter(n -> CaseScope.isTalentOf(user, n.personId()))
                .orElseThrow(() -> new NotFoundException("nomination " + id));
    }
}
