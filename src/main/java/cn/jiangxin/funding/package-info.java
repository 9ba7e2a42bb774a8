/**
 * Owns studio funding (BEN-3): the funding an assessed studio's grade earns, payable once per studio and period to
 * the studio's unit through the payment batches from the studio funding budget line, cancelled when the studio is
 * revoked before the money is committed; and the unit's bank account its officers enter for it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding",
        allowedDependencies = { "audit", "identity", "ledger", "ledger :: domain", "payment", "platform", "studio",
        "unit" })
package cn.jiangxin.funding;
