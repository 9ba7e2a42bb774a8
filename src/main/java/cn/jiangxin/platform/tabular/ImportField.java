package cn.jiangxin.platform.tabular;

import java.util.List;

/** What a column of an imported list holds, with the header names lists usually give it (the first is its name). */
public enum ImportField {

    NAME("姓名", "选手姓名", "获奖人姓名", "获奖者姓名", "人员姓名"),
    ID_NUMBER("身份证号", "身份证号码", "证件号码", "公民身份号码", "身份证件号码", "证件号"),
    UNIT("工作单位", "单位", "单位名称", "所在单位", "选送单位", "推荐单位"),
    UNIT_CREDIT_CODE("统一社会信用代码", "单位统一社会信用代码", "信用代码"),
    PLACE("名次", "获奖等级", "奖项", "成绩", "获奖名次", "奖项等级"),
    EVENT("赛项", "项目", "比赛项目", "职业(工种)", "职业工种", "工种", "竞赛项目", "赛项名称"),
    /** The competition; on an honour or allowance list the title, on a studio list the studio's level. */
    COMPETITION("竞赛名称", "赛事", "赛事名称", "比赛名称", "大赛名称", "荣誉称号", "荣誉名称", "称号", "津贴名称",
            "津贴类别", "工作室级别"),
    EDITION("届次", "届别"),
    DATE("获奖时间", "获奖日期", "时间", "日期", "比赛时间", "获得时间", "授予时间", "领办时间"),
    TEAM_OR_INDIVIDUAL("个人/团体", "团体/个人", "个人或团体", "参赛形式", "组别");

    private final List<String> headers;

    ImportField(String... headers) {
        this.headers = List.of(headers);
    }

    /** The usual header names, the field's Chinese name first. */
    public List<String> headers() {
        return headers;
    }
}
