package cn.jiangxin.consultation;

/** The five feedback channels of the seed notice. */
public enum ChannelKind {
    EMAIL,
    POST,
    PHONE,
    FAX,
    WEBSITE
}
