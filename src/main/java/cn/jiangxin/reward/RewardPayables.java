package cn.jiangxin.reward;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.payment.BatchLine;
import cn.jiangxin.payment.Payable;
import cn.jiangxin.payment.Payables;
import cn.jiangxin.platform.BeijingTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reward cases as payables of the payment batches: READY cases go into a batch, paid from the reward budget line
 * ({@link BudgetLine#REWARD}) under a pay key per medal and beneficiary, so the ledger itself refuses a second payment
 * of one medal to one beneficiary. A payment publishes {@link RewardPaid}.
 */
@Component
class RewardPayables implements Payables {

    static final String KIND = "REWARD";

    private final RewardCaseStore cases;
    private final ApplicationEventPublisher events;

    RewardPayables(RewardCaseStore cases, ApplicationEventPublisher events) {
        this.cases = cases;
        this.events = events;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Payable> ready() {
        return cases.list(RewardState.READY, null).stream().map(c -> payable(c, null)).toList();
    }

    @Override
    public Optional<String> label(long id) {
        return cases.find(id).map(c -> "奖励“" + c.beneficiaryName() + " " + c.medalKey() + "”");
    }

    @Override
    public Optional<Payable> claim(long id, long batchId) {
        if (!cases.claim(id, batchId)) {
            return Optional.empty();
        }
        // read again under the claim's row lock, so holder, bank and account number come from one version
        return cases.find(id).map(c -> payable(c, cases.encryptedAccount(id).orElseThrow()));
    }

    @Override
    public boolean paid(long id, BatchLine line, Instant at) {
        if (!cases.markPaid(id, at)) {
            return false;
        }
        RewardCase c = cases.find(id).orElseThrow();
        Instant paidAt = c.paidAt() == null ? at : c.paidAt();
        events.publishEvent(new RewardPaid(c.id(), c.kind(), c.beneficiaryId(), c.personId(), c.beneficiaryName(),
                c.medalDescription(), line.amountFen(), line.bankName(), line.bankAccountMasked(),
                paidAt.atZone(BeijingTime.ZONE).toLocalDate(), paidAt));
        return true;
    }

    @Override
    public void released(long id, String failure) {
        cases.release(id, failure);
    }

    @Override
    public String href(long id) {
        return "/rewards/" + id;
    }

    static String payKey(String medalKey, BeneficiaryKind kind) {
        return "PAY:" + medalKey + ":" + kind.name();
    }

    /** E.g. 世界技能大赛金牌一次性奖励（选手本人）：第47届世界技能大赛焊接项目金牌. */
    static String purpose(RewardCase c) {
        return "世界技能大赛金牌一次性奖励（" + (c.kind() == BeneficiaryKind.PERSON ? "选手本人" : "培养单位") + "）："
                + c.medalDescription();
    }

    private static Payable payable(RewardCase c, String encryptedAccount) {
        return new Payable(KIND, c.id(), c.beneficiaryName(), c.amountFen(), BudgetLine.REWARD, c.party(),
                payKey(c.medalKey(), c.kind()), purpose(c), c.bankHolder(), c.bankName(), c.bankAccountMasked(),
                encryptedAccount);
    }
}
