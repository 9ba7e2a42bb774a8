package cn.jiangxin.listimport;

/** What an imported list holds: competition results, an honour or allowance list, or a studio list. */
public enum ImportKind {
    COMPETITION, HONOUR, STUDIO
}
