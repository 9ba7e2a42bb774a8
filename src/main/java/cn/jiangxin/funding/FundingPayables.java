package cn.jiangxin.funding;

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
 * Studio funding as payables of the payment batches: READY funding goes into a batch with the unit's bank account,
 * paid from the studio funding budget line ({@link BudgetLine#STUDIO_FUNDING}) under the pay key
 * {@code PAY:STUDIO:<studio>:<period>}, so the ledger itself refuses a second payment of one studio and period. A
 * payment publishes {@link FundingPaid}.
 */
@Component
class FundingPayables implements Payables {

    static final String KIND = "STUDIO_FUNDING";

    private final FundingStore store;
    private final ApplicationEventPublisher events;

    FundingPayables(FundingStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Payable> ready() {
        return store.inState(FundingState.READY).stream().flatMap(f -> payable(f, null).stream()).toList();
    }

    @Override
    public Optional<String> label(long id) {
        return store.find(id).map(f -> "工作室建设资助“" + f.studioNumber() + " " + f.studioName() + " " + f.period() + "”");
    }

    @Override
    public Optional<Payable> claim(long id, long batchId) {
        if (!store.claim(id, batchId)) {
            return Optional.empty();
        }
        StudioFunding f = store.find(id).orElseThrow();
        // the unit's account as it stands now; the line keeps it, whatever the unit enters later
        return payable(f, store.encryptedAccount(f.unitId()).orElseThrow());
    }

    @Override
    public boolean paid(long id, BatchLine line, Instant at) {
        if (!store.markPaid(id, at)) {
            return false;
        }
        StudioFunding f = store.find(id).orElseThrow();
        Instant paidAt = f.paidAt() == null ? at : f.paidAt();
        events.publishEvent(new FundingPaid(f.id(), f.studioId(), f.studioNumber(), f.studioName(), f.unitId(),
                f.unitName(), f.period(), line.amountFen(), line.bankName(), line.bankAccountMasked(),
                paidAt.atZone(BeijingTime.ZONE).toLocalDate(), paidAt));
        return true;
    }

    @Override
    public void released(long id, String failure) {
        store.release(id, failure);
    }

    @Override
    public String href(long id) {
        return "/funding/" + id;
    }

    static String payKey(StudioFunding f) {
        return "PAY:" + f.fundingKey();
    }

    private Optional<Payable> payable(StudioFunding f, String encryptedAccount) {
        return store.bankAccount(f.unitId()).map(a -> new Payable(KIND, f.id(), f.unitName(), f.amountFen(),
                BudgetLine.STUDIO_FUNDING, f.party(), payKey(f), f.purpose(), a.holder(), a.bankName(),
                a.bankAccountMasked(), encryptedAccount));
    }
}
