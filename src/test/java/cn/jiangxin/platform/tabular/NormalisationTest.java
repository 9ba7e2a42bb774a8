package cn.jiangxin.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One table per rule, with values as lists really hold them. */
class NormalisationTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ＡＢＣ１２３                              | ABC123
            北京燕京精密制造有限公司（第一车间）        | 北京燕京精密制造有限公司（第一车间）
            '  马\u3000骏 '                          | 马 骏
            北京\u00A0燕京                            | 北京 燕京
            燕\u200B京\u200C精\u200D密\uFEFF          | 燕京精密
            焊工\u0007\u0000                          | 焊工
            '第一，第二：ＷＳ－２０２４'               | 第一,第二:WS-2024
            '\t\r\n'                                 | ''
            """)
    void cleanTextMakesHalfWidthAndDropsInvisibleCharacters(String raw, String clean) {
        assertThat(CleanText.of(raw)).isEqualTo(clean);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            １１０１０５（１９９０）   | 110105(1990)
            '1101 0519 9003 0712 34' | 110105199003071234
            """)
    void compactTextConvertsBracketsAndDropsEverySpace(String raw, String clean) {
        assertThat(CleanText.compact(raw)).isEqualTo(clean);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            张 伟             | 张伟
            阿依古丽•买买提    | 阿依古丽·买买提
            阿依古丽・买买提    | 阿依古丽·买买提
            John Smith        | John Smith
            """)
    void personNamesLoseSpacesBetweenChineseCharacters(String raw, String clean) {
        assertThat(CleanText.personName(raw)).isEqualTo(clean);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            11010519491231002x       | 11010519491231002X | none                   | none
            １１０１０５１９４９１２３１００２Ｘ | 11010519491231002X | none         | none
            ' 110105 19491231 002X ' | 11010519491231002X | none                   | none
            110105491231002          | 11010519491231002X | 15位身份证号已转换为18位 | none
            440524800101001          | 440524198001010013 | 15位身份证号已转换为18位 | none
            110105194912310021       | none               | none                   | 身份证号校验位错误（第18位应为X），请核对号码
            11010519491231002        | none               | none                   | 身份证号应为18位（或15位旧号码），实际为17位
            11010519491331002X       | none               | none                   | 身份证号中的出生日期不是真实的日期
            110105203001010010       | none               | none                   | 身份证号中的出生日期不在1900年至今之间
            1101051949123100AX       | none               | none                   | 身份证号前17位必须是数字
            ''                       | none               | none                   | 身份证号为空
            110105491331002          | none               | none                   | 身份证号中的出生日期不是真实的日期
            """)
    void idNumbersAreCleanedConvertedAndVerified(String raw, String value, String note, String refusal) {
        Normalised<String> result = ImportedIdNumber.of(raw, AS_OF);
        assertThat(result.value()).isEqualTo(value);
        assertThat(result.note()).isEqualTo(note);
        assertThat(result.refusal()).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            2024-05-01          | 2024-05-01 | none
            2024/5/1            | 2024-05-01 | none
            2024.5.1            | 2024-05-01 | none
            2024年5月1日         | 2024-05-01 | none
            ２０２４年５月１日     | 2024-05-01 | none
            20240501            | 2024-05-01 | none
            2024-05-01 00:00:00 | 2024-05-01 | none
            45413               | 2024-05-01 | none
            45413.5             | 2024-05-01 | none
            2024年5月            | 2024-05-01 | 日期“2024年5月”只有年月，按当月1日计
            2024-05             | 2024-05-01 | 日期“2024-05”只有年月，按当月1日计
            """)
    void datesInTheFormsListsUse(String raw, LocalDate date, String note) {
        Normalised<LocalDate> result = ImportedDate.of(raw);
        assertThat(result.value()).isEqualTo(date);
        assertThat(result.note()).isEqualTo(note);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-02-30 | 日期“2024-02-30”不存在
            2024       | 日期“2024”无法识别（可填2024-05-01、2024/5/1或2024年5月1日）
            五月一日    | 日期“五月一日”无法识别（可填2024-05-01、2024/5/1或2024年5月1日）
            ''         | 日期为空
            """)
    void datesThatAreNotRefusedWithReasons(String raw, String refusal) {
        assertThat(ImportedDate.of(raw).refusal()).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1       | 1900-01-01
            59      | 1900-02-28
            61      | 1900-03-01
            45413   | 2024-05-01
            45413.99| 2024-05-01
            2958465 | 9999-12-31
            """)
    void excelSerialsCountFrom1900WithLotussLeapDay(double serial, LocalDate date) {
        assertThat(ExcelSerialDate.toLocalDate(serial)).isEqualTo(date);
    }

    @Test
    void excelSerialsOutsideTheCalendarAndThe1904System() {
        assertThatThrownBy(() -> ExcelSerialDate.toLocalDate(60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExcelSerialDate.toLocalDate(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExcelSerialDate.toLocalDate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExcelSerialDate.toLocalDate(2_958_466)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ExcelSerialDate.toLocalDate(43951, true)).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(ExcelSerialDate.toLocalDateTime(45413.5, false)).isEqualTo(LocalDate.of(2024, 5, 1).atTime(12, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            金牌 | 1
            金奖 | 1
            一等奖 | 1
            第一名 | 1
            冠军 | 1
            第1名 | 1
            1 | 1
            ' １ ' | 1
            金獎 | 1
            银牌 | 2
            银奖 | 2
            二等奖 | 2
            第二名 | 2
            亚军 | 2
            铜牌 | 3
            铜奖 | 3
            三等奖 | 3
            第三名 | 3
            季军 | 3
            3等奖 | 3
            第四名 | 4
            第十名 | 10
            第十一名 | 11
            第二十名 | 20
            第15名 | 15
            16 | 16
            优胜奖 | 0
            """)
    void placesFromMedalsPrizesAndRanks(String raw, int place) {
        Normalised<Placing> result = Placing.of(raw);
        assertThat(result.value()).isEqualTo(new Placing(place));
        assertThat(result.value().isPlace()).isEqualTo(place > 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            特等奖 | 名次“特等奖”无法识别（可填金牌、一等奖、第一名、1、优胜奖等）
            第0名 | 名次“第0名”无法识别（可填金牌、一等奖、第一名、1、优胜奖等）
            第十十名 | 名次“第十十名”无法识别（可填金牌、一等奖、第一名、1、优胜奖等）
            参赛 | 名次“参赛”无法识别（可填金牌、一等奖、第一名、1、优胜奖等）
            '' | 名次为空
            """)
    void unknownPlacesAreRefused(String raw, String refusal) {
        assertThat(Placing.of(raw).refusal()).isEqualTo(refusal);
        assertThat(Placing.HONOURABLE_MENTION.words()).isEqualTo("优胜奖");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            陳 | 陈
            華為 | 华为
            朝陽區 | 朝阳区
            鄭 | 郑
            北京燕京精密製造有限公司 | 北京燕京精密制造有限公司
            马骏 | 马骏
            ABC 123 | ABC 123
            """)
    void traditionalCharactersBecomeSimplifiedForMatching(String traditional, String simplified) {
        assertThat(SimplifiedForMatching.of(traditional)).isEqualTo(simplified);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            北京燕京精密制造有限公司                 | 燕京精密制造有限公司
            北京燕京精密制造有限责任公司             | 燕京精密制造有限公司
            北京市 燕京精密制造有限公司             | 燕京精密制造有限公司
            燕京精密制造（北京）有限公司             | 燕京精密制造(北京)有限公司
            燕京精密制造(北京)有限公司               | 燕京精密制造(北京)有限公司
            燕京精密制造【北京】有限公司             | 燕京精密制造(北京)有限公司
            華為技術有限公司                        | 华为技术有限公司
            北京市朝阳区职业技能培训学校             | 朝阳区职业技能培训学校
            ｂｅｉｊｉｎｇ abc 有限公司              | BEIJINGABC有限公司
            """)
    void unitNamesReducedForMatching(String raw, String reduced) {
        assertThat(UnitNameForMatching.of(raw)).isEqualTo(reduced);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            北京燕京精密制造有限公司 | 北京燕京精密制造有限责任公司 | 1.0  | 1.0
            北京燕京精密制造有限公司 | 燕京精密制造（北京）有限公司   | 0.5  | 0.9
            北京燕京精密制造有限公司 | 北京燕京精密制造有限公司朝阳分公司 | 0.6 | 0.8
            北京燕京精密制造有限公司 | 北京燕山石化                 | 0.0  | 0.3
            北京燕京精密制造有限公司 | 北京燕京啤酒股份有限公司       | 0.3  | 0.7
            北京燕京精密制造有限公司 | ''                          | 0.0  | 0.0
            """)
    void unitNameSimilarity(String a, String b, double atLeast, double atMost) {
        double similarity = UnitNameForMatching.similarity(a, b);
        assertThat(similarity).isBetween(atLeast, atMost);
        assertThat(UnitNameForMatching.similarity(b, a)).isEqualTo(similarity);
    }
}
