package cn.jiangxin.benefit;

import java.time.Instant;

/** When, at which venue and for which service a card token was used (the first use of it that still counts). */
public record TokenUse(Instant at, String venueName, String service) {
}
