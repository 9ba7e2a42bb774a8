package cn.jiangxin.selection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The awarding body conferred an honour on a person recommended in a selection round: {@code honourCode} is the
 * round's purpose (a code of the policy's list, e.g. {@code STATE_COUNCIL_ALLOWANCE}), {@code awardedOn} the date of
 * the award. Published once per candidate, in the transaction that records the result.
 */
public record HonourAwarded(long personId, String honourCode, String honourName, LocalDate awardedOn, long roundId,
        long candidateId) {

    public HonourAwarded {
        Objects.requireNonNull(honourCode, "honourCode");
        Objects.requireNonNull(honourName, "honourName");
        Objects.requireNonNull(awardedOn, "awardedOn");
    }

    /** The one key of this award, e.g. {@code SELECTION:4:17}: recording it twice is recording it once. */
    public String source() {
        return "SELECTION:" + roundId + ":" + candidateId;
    }
}
