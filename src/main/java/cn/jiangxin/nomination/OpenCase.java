package cn.jiangxin.nomination;

/** A person's case that is not yet certified, rejected or withdrawn: they can have no other. */
record OpenCase(long nominationId, long personId, long unitId, NominationState state) {
}
