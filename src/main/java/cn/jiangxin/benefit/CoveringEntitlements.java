package cn.jiangxin.benefit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.policy.SupportPeriod;
import cn.jiangxin.policy.SupportPeriod.SupportYear;
import org.springframework.stereotype.Component;

/**
 * Finds the entitlement of a person's service whose support period covers a day, or says in words why there is none
 * (none granted, lapsed, ended, not yet valid, not counted per use). A use recorded at a venue and a use held ahead
 * (a booking, a holiday-care visit) are refused for the same reasons.
 */
@Component
class CoveringEntitlements {

    private final EntitlementStore entitlements;
    private final MeasureNames names;

    CoveringEntitlements(EntitlementStore entitlements, MeasureNames names) {
        this.entitlements = entitlements;
        this.names = names;
    }

    /** @throws RedemptionRefused with the reason there is no usable entitlement on the day */
    StoredEntitlement require(long personId, String code, LocalDate on) {
        String name = names.chinese(code);
        List<StoredEntitlement> all = entitlements.ofPersonAndCode(personId, code);
        if (all.isEmpty()) {
            throw new RedemptionRefused(RedemptionRefused.Reason.NOT_ENTITLED, "code", "该人员没有“" + name + "”服务待遇");
        }
        StoredEntitlement covering = all.stream().filter(e -> e.period().covers(on)).findFirst().orElse(null);
        if (covering != null && !EntitlementStatus.LAPSED.name().equals(covering.status())) {
            if (covering.quotaPerYear() == null) {
                throw new RedemptionRefused(RedemptionRefused.Reason.UNKNOWN_SERVICE, "code",
                        "“" + name + "”不是按次使用的服务，无需登记使用");
            }
            return covering;
        }
        Optional<StoredEntitlement> ended = covering != null ? Optional.of(covering) : all.stream()
                .filter(e -> !on.isBefore(e.period().endExclusive()))
                .max(Comparator.comparing(e -> e.period().endExclusive()));
        if (ended.isPresent()) {
            throw new RedemptionRefused(RedemptionRefused.Reason.NOT_ENTITLED, "code", "“" + name + "”有效期至"
                    + ChineseDate.of(ended.get().period().lastDay()) + "，支持期已结束，不能再使用");
        }
        LocalDate starts = all.stream().map(e -> e.period().start()).min(Comparator.naturalOrder()).orElseThrow();
        throw new RedemptionRefused(RedemptionRefused.Reason.NOT_ENTITLED, "code", "“" + name + "”自"
                + ChineseDate.of(starts) + "起方可使用，目前尚未生效");
    }

    /** The refusal of one more use of the entitlement in a support year whose uses are all taken, with what comes next. */
    RedemptionRefused quotaExhausted(StoredEntitlement entitlement, SupportYear year) {
        return new RedemptionRefused(RedemptionRefused.Reason.QUOTA_EXHAUSTED, "code", "“" + names.chinese(entitlement.code())
                + "”本支持年度（" + ChineseDate.of(year.from()) + "至" + ChineseDate.of(year.lastDay()) + "）的"
                + entitlement.quotaPerYear() + "次已全部使用" + nextYear(entitlement.period(), year));
    }

    private static String nextYear(SupportPeriod period, SupportYear year) {
        return year.untilExclusive().isBefore(period.endExclusive())
                ? "，下一支持年度自" + ChineseDate.of(year.untilExclusive()) + "起重新计算"
                : "，支持期内不再有新的次数";
    }
}
