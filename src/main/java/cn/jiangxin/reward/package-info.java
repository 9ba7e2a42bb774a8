/**
 * Owns the WorldSkills gold reward (BEN-1): two reward cases per gold medal of a certified talent, the beneficiaries'
 * encrypted bank details, payment batches with a finance maker and a different checker, the treasury export and the
 * payment results, with the money moved through the ledger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reward",
        allowedDependencies = { "audit", "certification", "identity", "ledger", "ledger :: domain", "person",
        "platform", "policy", "unit" })
package cn.jiangxin.reward;
