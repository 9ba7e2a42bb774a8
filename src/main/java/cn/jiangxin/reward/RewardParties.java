package cn.jiangxin.reward;

import java.util.Optional;

import cn.jiangxin.ledger.LedgerParties;
import org.springframework.stereotype.Component;

/** Names the beneficiaries the reward postings use as ledger parties ({@link BeneficiaryKind#party}) by their names. */
@Component
class RewardParties implements LedgerParties {

    private final RewardCaseStore store;

    RewardParties(RewardCaseStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> nameOf(String party) {
        for (BeneficiaryKind kind : BeneficiaryKind.values()) {
            Optional<Long> beneficiary = kind.beneficiaryOf(party);
            if (beneficiary.isPresent()) {
                return store.beneficiaryName(kind, beneficiary.get());
            }
        }
        return Optional.empty();
    }
}
