package cn.jiangxin.studio;

/**
 * Where a studio stands: an application submitted (waiting for a reviewer), returned to the unit, reviewed (waiting
 * for an approver), rejected; a named (active) studio; a revoked one.
 */
enum StudioState {
    SUBMITTED, RETURNED, REVIEWED, NAMED, REJECTED, REVOKED;

    boolean named() {
        return this == NAMED || this == REVOKED;
    }
}
