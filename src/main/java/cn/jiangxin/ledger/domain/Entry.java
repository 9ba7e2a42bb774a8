package cn.jiangxin.ledger.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import cn.jiangxin.platform.Money;

/** A written entry: never changed, never deleted; a correction is a new entry that reverses it. */
public record Entry(long id, String businessKey, String memo, Instant postedAt, String postedBy, Long reversesEntryId,
        List<PostingLine> lines) {

    public Entry {
        Objects.requireNonNull(businessKey, "businessKey");
        Objects.requireNonNull(postedAt, "postedAt");
        lines = List.copyOf(lines);
    }

    public long amountFen() {
        return lines.stream().filter(PostingLine::isDebit).mapToLong(PostingLine::amountFen).sum();
    }

    public String amountYuan() {
        return Money.yuan(amountFen());
    }
}
