/**
 * The ledger as plain Java, free of Spring: accounts with their normal side, balanced postings, the reversal of an
 * entry, and balances that may never cross to the wrong side of zero.
 */
@org.springframework.modulith.NamedInterface("domain")
package cn.jiangxin.ledger.domain;
