package cn.jiangxin.nomination;

import java.util.List;

import cn.jiangxin.evidence.EvidenceCases;
import cn.jiangxin.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** The cases as evidence asks for them ({@link EvidenceCases}): who may upload to a case, who may read its files. */
@Component
class NominationsForEvidence implements EvidenceCases {

    private final Nominations nominations;

    NominationsForEvidence(Nominations nominations) {
        this.nominations = nominations;
    }

    @Override
    public List<Integer> requireEditable(CurrentUser user, long nominationId) {
        return nominations.requireEditable(user, nominationId).draft().achievements().stream().map(Achievement::index)
                .toList();
    }

    @Override
    public void requireVisible(CurrentUser user, long nominationId) {
        nominations.requireVisible(user, nominationId);
    }
}
