/**
 * Owns certifications of leading talents: the two-year support period (WF-4), one active certification per person,
 * the renewal rule, certificate PDFs with verification codes, and the {@code TalentCertified} event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certification",
        allowedDependencies = { "audit", "identity", "person", "platform", "policy", "unit" })
package cn.jiangxin.certification;
