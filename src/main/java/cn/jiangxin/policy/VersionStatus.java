package cn.jiangxin.policy;

enum VersionStatus {
    DRAFT,
    PUBLISHED
}
