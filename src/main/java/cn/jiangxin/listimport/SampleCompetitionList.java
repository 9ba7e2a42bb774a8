package cn.jiangxin.listimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The sample competition list of the demo (示例名单): the results of 第二届北京市职业技能大赛 as a Bureau export would give
 * them, 20 rows written with fastexcel. Staff download it from the upload page to try the import; the demo imports it
 * at start. Meant to match the demo registry (person.demo.DemoPeople): by ID number 张伟 (row 2), 李娜 (row 3, lower-case
 * x), 王芳 (8), 吴军 (9), 周杰 (10, team), 郑浩 (14, a Haidian unit), 何静 (15, full-width digits); by a 15-digit ID
 * number 刘强 (4); by name and unit 高峰 (5, written 燕京精密制造有限责任公司: no 北京, 有限责任公司) and 单丽华 (11);
 * not matched: 张伟 of 北京海淀智造科技有限公司 (6, a namesake in another unit); not in the registry: 陈思远 (7) and
 * 孙悦 (12) in Chaoyang units (proposed for registration), 赵敏 (13) in a Haidian unit; waiting for staff: 林涛 (16), whose
 * ID number in the list is not the one registered for the 林涛 of his school (a typing slip, or another 林涛). Rejected:
 * row 17 (no name), 18 (wrong check character), 19 (2025年2月30日), 20 (the ID number stored by Excel as a number) and 21
 * (place 参赛奖).
 * Dates are text or Excel serial numbers (45950 = 2025-10-20).
 */
public final class SampleCompetitionList {

    /** The source the demo imports it under. */
    public static final String SOURCE = "第二届北京市职业技能大赛 获奖名单";
    public static final String FILE_NAME = "第二届北京市职业技能大赛获奖名单（示例）.xlsx";

    private static final String YANJING = "北京燕京精密制造有限公司";
    private static final String SCHOOL = "北京市朝阳区职业技能培训学校";
    private static final String CENTRE = "北京市朝阳区职业技能鉴定指导中心";
    private static final String ASSOCIATION = "北京市朝阳区焊接行业协会";
    private static final String HAIDIAN = "北京海淀智造科技有限公司";
    private static final long SERIAL = 45_950;

    private static final List<String> HEADER = List.of("序号", "姓名", "身份证号", "工作单位", "竞赛名称", "届次",
            "赛项", "获奖等级", "获奖时间", "个人/团体");

    private static final List<Object[]> ROWS = List.of(
            row("张伟", "110105198503121234", YANJING, "焊接", "金牌", "2025-10-20", "个人"),
            row("李娜", "11010519920615224x", SCHOOL, "美发", "第一名", SERIAL, "个人"),
            row("刘强", "110105780228311", YANJING, "钳工", "二等奖", SERIAL, "个人"),
            row("高峰", "", "燕京精密制造有限责任公司", "电工", "三等奖", "2025年10月20日", "个人"),
            row("张伟", "", HAIDIAN, "焊接", "优胜奖", "2025-10-20", "个人"),
            row("陈思远", "110105199603150010", ASSOCIATION, "焊接", "二等奖", "2025-10-20", "个人"),
            row("王芳", "110105199511204421", SCHOOL, "花艺", "银奖", SERIAL, "个人"),
            row("吴军", "110105196604050392", CENTRE, "车工", "第3名", "2025-10-20", "个人"),
            row("周杰", "110105197011030534", ASSOCIATION, "焊接", "铜牌", "2025-10-20", "团体"),
            row("单丽华", "", CENTRE, "茶艺", "一等奖", "2025-10-20", "个人"),
            row("孙悦", "110105199408020026", YANJING, "数控铣", "优胜奖", SERIAL, "个人"),
            row("赵敏", "110108199705110035", HAIDIAN, "数控铣", "二等奖", SERIAL, "个人"),
            row("郑浩", "110108198808081359", HAIDIAN, "工业机器人", "一等奖", "2025-10-20", "个人"),
            row("何静", "１１０１０５１９８８０９０９４２６７", SCHOOL, "中式烹调", "金奖", "2025-10-20", "个人"),
            row("林涛", "110105197902145191", SCHOOL, "数控车", "金牌", "2025-10-20", "个人"),
            row("", "110105198912010041", YANJING, "钳工", "三等奖", "2025-10-20", "个人"),
            row("林小川", "110105198503121235", YANJING, "电工", "优胜奖", "2025-10-20", "个人"),
            row("黄磊", "110105199107070054", SCHOOL, "美发", "二等奖", "2025-02-30", "个人"),
            row("许晴", 110105199304223021L, SCHOOL, "茶艺", "二等奖", "2025-10-20", "个人"),
            row("钱程", "110105198912010041", ASSOCIATION, "焊接", "参赛奖", "2025-10-20", "个人"));

    private SampleCompetitionList() {
    }

    private static Object[] row(String name, Object id, String unit, String event, String place, Object date,
            String team) {
        return new Object[] {name, id, unit, "北京市职业技能大赛", "第二届", event, place, date, team};
    }

    /** The list as an .xlsx file. */
    public static byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Jiangxin", "1.0");
            Worksheet sheet = workbook.newWorksheet("获奖名单");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
            }
            for (int r = 0; r < ROWS.size(); r++) {
                sheet.value(r + 1, 0, r + 1);
                Object[] cells = ROWS.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Number n) {
                        sheet.value(r + 1, c + 1, n);
                        if (n.longValue() == SERIAL) {
                            sheet.style(r + 1, c + 1).format("yyyy-mm-dd").set();
                        }
                    } else {
                        sheet.value(r + 1, c + 1, (String) cells[c]);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
