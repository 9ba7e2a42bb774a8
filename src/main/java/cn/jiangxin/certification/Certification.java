package cn.jiangxin.certification;

import java.time.Instant;
import java.time.LocalDate;

import cn.jiangxin.policy.SupportPeriod;

/**
 * A stored certification: who, for which case and unit, on what criterion, under which policy version, and the
 * support period from {@code supportStart} up to but excluding {@code supportEndExclusive}; {@code revocation} is
 * the kind of its revocation ({@code REVOKED} or {@code ENDED_EARLY}, {@link RevocationKind}) or null while none.
 */
public record Certification(long id, long personId, String personName, long nominationId, long unitId,
        String unitName, long trainingUnitId, String criterion, String policyVersion, LocalDate supportStart,
        LocalDate supportEndExclusive, String verificationCode, long certifiedBy, Instant certifiedAt,
        String revocation) {

    /** A certification that was never revoked. */
    public Certification(long id, long personId, String personName, long nominationId, long unitId, String unitName,
            long trainingUnitId, String criterion, String policyVersion, LocalDate supportStart,
            LocalDate supportEndExclusive, String verificationCode, long certifiedBy, Instant certifiedAt) {
        this(id, personId, personName, nominationId, unitId, unitName, trainingUnitId, criterion, policyVersion,
                supportStart, supportEndExclusive, verificationCode, certifiedBy, certifiedAt, null);
    }

    /** The number printed on the certificate, e.g. {@code CYLJ-2026-00012}. */
    public String certificateNo() {
        return certificateNo(supportStart, id);
    }

    /** The certificate number of certification {@code id} whose support period starts on {@code supportStart}. */
    public static String certificateNo(LocalDate supportStart, long id) {
        return "CYLJ-" + supportStart.getYear() + "-" + String.format("%05d", id);
    }

    /** The certification id in a certificate number, when it has the printed form. */
    public static java.util.Optional<Long> idOf(String certificateNo) {
        if (certificateNo == null || !certificateNo.matches("CYLJ-\\d{4}-\\d{5,12}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Long.parseLong(certificateNo.substring(10)));
    }

    public SupportPeriod supportPeriod() {
        return new SupportPeriod(supportStart, supportEndExclusive);
    }

    public LocalDate supportLastDay() {
        return supportPeriod().lastDay();
    }

    /** In its support period on {@code day}; whether it was revoked by then is {@link Certifications#activeOn}'s. */
    public boolean activeOn(LocalDate day) {
        return supportPeriod().covers(day);
    }

    /** What a page shows as 有效 today: in its support period and not revoked or ended early. */
    public boolean validOn(LocalDate day) {
        return revocation == null && activeOn(day);
    }

    /** The message key of its status on {@code day}: active, expired, revoked or ended early. */
    public String statusKey(LocalDate day) {
        if (revocation != null) {
            return "cert.status." + revocation;
        }
        return supportPeriod().covers(day) ? "cert.status.active" : "cert.status.expired";
    }

    /** The verification code in groups of four, as printed: {@code 7K3M-9Q2X-H4PZ-8WRT}. */
    public String groupedCode() {
        return VerificationCode.grouped(verificationCode);
    }
}
