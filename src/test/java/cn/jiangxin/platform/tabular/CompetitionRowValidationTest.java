package cn.jiangxin.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CompetitionRowValidationTest {

    private static final List<String> HEADER = List.of("序号", "竞赛名称", "届次", "赛项", "名次", "姓名", "身份证号码",
            "工作单位", "获奖时间");
    private final CompetitionRowValidation validation = new CompetitionRowValidation(ColumnMapping.guess(HEADER),
            LocalDate.of(2025, 6, 1));

    @Test
    void aGoodRowIsAcceptedNormalisedWithItsNaturalKey() {
        RowOutcome outcome = validation.judge(row(2, "1", "世界技能大赛", "第47届", "焊接", "金牌", " 马 骏 ",
                "110105491231002", "北京燕京精密制造有限公司", "2024年9月"));
        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Accepted.class, accepted -> {
            assertThat(accepted.rowNumber()).isEqualTo(2);
            assertThat(accepted.value(ImportField.NAME)).isEqualTo("马骏");
            assertThat(accepted.value(ImportField.ID_NUMBER)).isEqualTo("11010519491231002X");
            assertThat(accepted.value(ImportField.PLACE)).isEqualTo("1");
            assertThat(accepted.value(ImportField.DATE)).isEqualTo("2024-09-01");
            assertThat(accepted.notes()).containsExactly("15位身份证号已转换为18位", "日期“2024年9月”只有年月，按当月1日计");
            assertThat(accepted.naturalKey()).isEqualTo("11010519491231002X\u001F世界技能大赛\u001F第47届\u001F焊接");
        });
    }

    @Test
    void theSameResultWrittenDifferentlyHasTheSameKey() {
        RowOutcome a = validation.judge(row(2, "1", "世界技能大赛", "第47届", "焊接", "金牌", "马骏", "", "北京燕京精密制造有限公司", ""));
        RowOutcome b = validation.judge(row(9, "8", "世界技能大賽 ", "第４７届", "焊接", "第一名", "馬駿", "",
                "北京市燕京精密制造有限责任公司", ""));
        assertThat(a).isInstanceOf(RowOutcome.Accepted.class);
        assertThat(b).isInstanceOf(RowOutcome.Accepted.class);
        assertThat(((RowOutcome.Accepted) a).naturalKey()).isEqualTo(((RowOutcome.Accepted) b).naturalKey());
    }

    @Test
    void aBadRowIsRejectedWithEveryReasonAndItsCells() {
        TabularRow row = row(5, "4", "世界技能大赛", "第47届", "焊接", "特等奖", "", "110105194912310021", "燕京", "2024-02-30");
        RowOutcome outcome = validation.judge(row);
        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Rejected.class, rejected -> {
            assertThat(rejected.rowNumber()).isEqualTo(5);
            assertThat(rejected.reasons()).containsExactly("身份证号校验位错误（第18位应为X），请核对号码",
                    "名次“特等奖”无法识别（可填金牌、一等奖、第一名、1、优胜奖等）", "日期“2024-02-30”不存在", "姓名为空");
            assertThat(rejected.cells()).isEqualTo(row.cells());
        });
    }

    @Test
    void theReadersFaultsAndAnIdNumberExcelRoundedRejectTheRow() {
        TabularRow rounded = new TabularRow(3, List.of("1", "世界技能大赛", "第47届", "焊接", "金牌", "马骏", "110105199003070000"),
                List.of(), List.of("第7列是18位的数字"), Set.of(6));
        assertThat(validation.judge(rounded)).isInstanceOfSatisfying(RowOutcome.Rejected.class,
                r -> assertThat(r.reasons()).containsExactly("身份证号被Excel存成了数字，后几位已经丢失，请把该列设为文本后重新导出"));
        TabularRow tooLong = new TabularRow(4, List.of("1", "世界技能大赛"), List.of("第2列内容超过2000字（共5000000字）"),
                List.of(), Set.of());
        assertThat(validation.judge(tooLong)).isInstanceOfSatisfying(RowOutcome.Rejected.class,
                r -> assertThat(r.reasons()).containsExactly("第2列内容超过2000字（共5000000字）", "名次为空", "姓名为空",
                        "身份证号和工作单位都为空，无法确定是谁"));
    }

    @Test
    void teamOrIndividualIsReadInItsUsualWords() {
        CompetitionRowValidation withTeam = new CompetitionRowValidation(
                ColumnMapping.guess(List.of("姓名", "工作单位", "个人/团体")), LocalDate.of(2025, 6, 1));
        assertThat(((RowOutcome.Accepted) withTeam.judge(row(2, "马骏", "燕京", "团体赛"))).value(
                ImportField.TEAM_OR_INDIVIDUAL)).isEqualTo("团体");
        assertThat(((RowOutcome.Accepted) withTeam.judge(row(3, "马骏", "燕京", "個人"))).value(
                ImportField.TEAM_OR_INDIVIDUAL)).isEqualTo("个人");
        assertThat(withTeam.judge(row(4, "马骏", "燕京", "双人"))).isInstanceOfSatisfying(RowOutcome.Rejected.class,
                r -> assertThat(r.reasons()).containsExactly("个人/团体“双人”无法识别（可填个人或团体）"));
    }

    private static TabularRow row(long number, String... cells) {
        return new TabularRow(number, List.of(cells));
    }
}
