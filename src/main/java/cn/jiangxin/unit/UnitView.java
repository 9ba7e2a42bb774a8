package cn.jiangxin.unit;

/** A registered unit as other modules and pages see it. */
public record UnitView(long id, String name, UnitKind kind, UnifiedSocialCreditCode creditCode,
        DistrictCode districtCode, String address, String contactName, String contactPhone) {

    /** Whether the unit is located in Chaoyang District (POL-2). */
    public boolean inChaoyang() {
        return districtCode.isChaoyang();
    }
}
