package cn.jiangxin.card;

/**
 * Why a card is refused, with the contract's codes (talent-card-v1 "Refusals") and one addition (ADR 0010); the words for people are in the
 * message bundle under {@code card.refusal.<code>}.
 */
enum CardRefusal {
    /** The text is not a token of the contract's form, or claims a lifetime over 300 s. */
    INVALID_TOKEN,
    /** No published key has the token's kid. */
    UNKNOWN_KEY,
    /** The signature does not verify with the named key. */
    BAD_SIGNATURE,
    /** More than 60 s after the token's expiry. */
    EXPIRED,
    /** More than 60 s before the token's issue. */
    NOT_YET_VALID,
    /** Today (Beijing) is outside the support period the token names. */
    OUTSIDE_SUPPORT_PERIOD,
    /** The certificate is on the revocation list. */
    REVOKED,
    /** Not a service of the policy. */
    UNKNOWN_SERVICE,
    /** A service the venue does not offer. */
    SERVICE_NOT_OFFERED,
    /** This support year's uses are all taken. */
    QUOTA_EXHAUSTED,
    /** The scan id was sent before with another token or service. */
    SCAN_ID_REUSED,
    /**
     * Not in the contract (ADR 0010): the service is used by appointment only (policy parameter
     * {@code service.<code>.bookingRequired}) and the talent has no booking today at this venue.
     */
    BOOKING_REQUIRED
}
