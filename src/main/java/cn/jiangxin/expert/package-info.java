/**
 * Owns the expert pool of art. 4 item 4 (BEN-4): experts (leading talents who opt in, others staff add), the needs
 * staff draw experts for, the exclusion rules, the verifiable draw (commitment before, seed revealed after, co-signed
 * by a supervisor), the experts' answers with reserves taking declined places, and the engagements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expert pool",
        allowedDependencies = { "audit", "calendar", "certification", "identity", "person", "platform", "policy",
        "unit" })
package cn.jiangxin.expert;
