/**
 * Owns payment batches for every kind of payable (reward cases, studio funding, ...): the maker-checker batches and
 * their lines, the money moved through the ledger per budget line, the treasury export, the per-line results and the
 * finance batch pages; each kind of payable plugs in through {@link cn.jiangxin.payment.Payables}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment",
        allowedDependencies = { "audit", "identity", "ledger", "ledger :: domain", "platform" })
package cn.jiangxin.payment;
