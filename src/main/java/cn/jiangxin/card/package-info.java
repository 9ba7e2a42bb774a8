/**
 * Owns the talent card (SPEC TC-1, TC-2; shared/api/talent-card-v1.md): the SM2 signing keys, signed tokens shown as
 * a QR code, their verification online and offline, the venue's scan page and the card API through which venues
 * record uses of services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent card",
        allowedDependencies = { "audit", "benefit", "certification", "identity", "platform" })
package cn.jiangxin.card;
