package cn.jiangxin.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one kind of payable (a reward case, a studio's funding) lets payment batches do with it. The owning module
 * keeps the payable's own state; every change below is a conditional UPDATE from the state the batch expects, called
 * inside the batch's transaction, so a payable is in at most one open line and paid at most once.
 */
public interface Payables {

    /** The kind's code, stored on the payment line, e.g. {@code REWARD}; letters and underscores. */
    String kind();

    /** The payables ready for a batch (complete bank account, not in a batch, not paid), newest first. */
    List<Payable> ready();

    /** Words for a refusal naming the payable, e.g. {@code 奖励“刘强 WSG-1”}; empty when there is no such payable. */
    Optional<String> label(long id);

    /**
     * READY to in-batch for {@code batchId}; then the payable as it stands under that row lock (payee, bank account,
     * amount), for the line. Empty when the payable was not ready.
     */
    Optional<Payable> claim(long id, long batchId);

    /** In-batch to paid; publishes the kind's own paid event. False when the payable was not in a batch. */
    boolean paid(long id, BatchLine line, Instant at);

    /** In-batch back to ready, after a rejected batch ({@code failure} null) or a failed payment (its reason). */
    void released(long id, String failure);

    /** The finance page of one payable, linked from its batch line. */
    String href(long id);
}
