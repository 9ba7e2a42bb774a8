package cn.jiangxin.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMappingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            姓名 | NAME | 1.0
            '* 姓 名' | NAME | 1.0
            参赛选手姓名 | NAME | 0.6
            身份证号 | ID_NUMBER | 1.0
            身份证号码 | ID_NUMBER | 1.0
            证件号码 | ID_NUMBER | 1.0
            公民身份号码 | ID_NUMBER | 1.0
            身份证号码（必填） | ID_NUMBER | 0.6
            工作单位 | UNIT | 1.0
            单位 | UNIT | 1.0
            单位名称 | UNIT | 1.0
            所在单位： | UNIT | 1.0
            统一社会信用代码 | UNIT_CREDIT_CODE | 1.0
            单位统一社会信用代码 | UNIT_CREDIT_CODE | 1.0
            名次 | PLACE | 1.0
            获奖等级 | PLACE | 1.0
            奖项 | PLACE | 1.0
            成绩 | PLACE | 1.0
            赛项 | EVENT | 1.0
            项目 | EVENT | 1.0
            比赛项目 | EVENT | 1.0
            职业（工种） | EVENT | 1.0
            职业(工种) | EVENT | 1.0
            竞赛名称 | COMPETITION | 1.0
            赛事 | COMPETITION | 1.0
            届次 | EDITION | 1.0
            获奖时间 | DATE | 1.0
            获奖日期 | DATE | 1.0
            时间 | DATE | 1.0
            個人/團體 | TEAM_OR_INDIVIDUAL | 1.0
            个人/团体 | TEAM_OR_INDIVIDUAL | 1.0
            """)
    void recognisesTheUsualHeaders(String header, ImportField field, double confidence) {
        ColumnMapping mapping = ColumnMapping.guess(List.of("序号", header));
        assertThat(mapping.columns()).singleElement().satisfies(c -> {
            assertThat(c.index()).isEqualTo(1);
            assertThat(c.header()).isEqualTo(header);
            assertThat(c.field()).isEqualTo(field);
            assertThat(c.confidence()).isEqualTo(confidence);
            assertThat(c.duplicate()).isFalse();
        });
        assertThat(mapping.column(field)).hasValue(1);
    }

    @Test
    void unknownColumnsAreLeftOutAndDuplicatesMarked() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("序号", "姓名", "备注", "", "身份证号", "证件号码", "获奖人姓名（拼音）"));
        assertThat(mapping.columns()).extracting(ColumnMapping.Column::index).containsExactly(1, 4, 5, 6);
        assertThat(mapping.duplicates()).extracting(ColumnMapping.Column::index).containsExactly(1, 4, 5, 6);
        assertThat(mapping.column(ImportField.ID_NUMBER)).hasValue(4);
        assertThat(mapping.column(ImportField.NAME)).hasValue(1);
        assertThat(mapping.has(ImportField.PLACE)).isFalse();
    }
}
