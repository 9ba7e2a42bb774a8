/**
 * Owns the WorldSkills gold reward (BEN-1): two reward cases per gold medal of a certified talent, the beneficiaries'
 * encrypted bank details, and the cases as payables of the payment module's batches (maker, checker, treasury export,
 * results, the money moved through the ledger on the reward budget line).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reward",
        allowedDependencies = { "audit", "certification", "identity", "ledger", "ledger :: domain", "payment", "person",
        "platform", "policy", "unit" })
package cn.jiangxin.reward;
