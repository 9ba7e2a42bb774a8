package cn.jiangxin.policy;

public enum VersionStatus {
    DRAFT,
    PUBLISHED
}
