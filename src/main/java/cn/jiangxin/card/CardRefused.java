package cn.jiangxin.card;

import java.util.Objects;

/** A card or a use of it refused, with the contract's code and the token when it parsed. */
final class CardRefused extends RuntimeException {

    private final CardRefusal refusal;
    private final transient CardToken token;

    CardRefused(CardRefusal refusal, CardToken token) {
        super(refusal.name(), null, false, false);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.token = token;
    }

    CardRefusal refusal() {
        return refusal;
    }

    CardToken token() {
        return token;
    }
}
