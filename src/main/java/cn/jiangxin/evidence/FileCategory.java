package cn.jiangxin.evidence;

/** What an uploaded file is for: evidence of one achievement, or the signed and stamped scan of the form. */
public enum FileCategory {
    EVIDENCE,
    STAMPED_FORM
}
