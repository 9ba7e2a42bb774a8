package cn.jiangxin.evidence;

/**
 * What an uploaded file is for: evidence of one achievement, the signed and stamped scan of the form, or the
 * nominee's ID photo printed on the form (one per case: a new one replaces it).
 */
public enum FileCategory {
    EVIDENCE,
    STAMPED_FORM,
    PHOTO
}
