package cn.jiangxin.studio;

/** The two kinds of district studio of art. 4 item (三): 技能大师工作室 and 职工创新工作室. */
public enum StudioType {
    SKILL_MASTER, INNOVATION
}
