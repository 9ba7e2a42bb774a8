/**
 * Owns the double-entry ledger: the chart of accounts for the reward budget, balanced and immutable entries with a
 * unique business key each, reversals as the only correction, budget allocations and the finance pages over them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger",
        allowedDependencies = { "audit", "identity", "platform" })
package cn.jiangxin.ledger;
