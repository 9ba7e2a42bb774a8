package cn.jiangxin.certification;

/** How a certification stops before its support period ends: revoked (withdrawn), or ended early. */
public enum RevocationKind {
    REVOKED, ENDED_EARLY
}
