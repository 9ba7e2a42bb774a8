package cn.jiangxin.nomination;

import java.util.ArrayList;
import java.util.List;

/**
 * The closed lists of the recommendation form: 民族 in the order of GB/T 3304 (the 56 ethnic groups, 汉族 first, and
 * the standard's two further entries), 政治面貌 as GB/T 4762 names it (short forms), and 学历.
 * <p>
 * A case stores the standard's Chinese name (汉族, 中共党员, 大学本科), not a code: the printed recommendation form
 * and the case page show the stored text as it is, the names are fixed by the standards, and cases saved when these
 * were free-text fields keep reading as they were typed (a text outside the list is offered again on the form, marked,
 * and must be replaced by a choice before the form can be saved). The code of each entry only names its words in the
 * message bundles ({@code nom.ethnicity.01}), so the English page shows English words.
 */
enum ChoiceList {

    ETHNICITY("ethnicity", "01 汉族", "02 蒙古族", "03 回族", "04 藏族", "05 维吾尔族", "06 苗族", "07 彝族", "08 壮族",
            "09 布依族", "10 朝鲜族", "11 满族", "12 侗族", "13 瑶族", "14 白族", "15 土家族", "16 哈尼族", "17 哈萨克族",
            "18 傣族", "19 黎族", "20 傈僳族", "21 佤族", "22 畲族", "23 高山族", "24 拉祜族", "25 水族", "26 东乡族",
            "27 纳西族", "28 景颇族", "29 柯尔克孜族", "30 土族", "31 达斡尔族", "32 仫佬族", "33 羌族", "34 布朗族",
            "35 撒拉族", "36 毛南族", "37 仡佬族", "38 锡伯族", "39 阿昌族", "40 普米族", "41 塔吉克族", "42 怒族",
            "43 乌孜别克族", "44 俄罗斯族", "45 鄂温克族", "46 德昂族", "47 保安族", "48 裕固族", "49 京族", "50 塔塔尔族",
            "51 独龙族", "52 鄂伦春族", "53 赫哲族", "54 门巴族", "55 珞巴族", "56 基诺族", "97 其他",
            "98 外国血统中国籍人士"),

    POLITICAL_STATUS("politicalStatus", "01 中共党员", "02 中共预备党员", "03 共青团员", "04 民革党员", "05 民盟盟员",
            "06 民建会员", "07 民进会员", "08 农工党党员", "09 致公党党员", "10 九三学社社员", "11 台盟盟员",
            "12 无党派人士", "13 群众"),

    EDUCATION("education", "DOCTORATE 研究生（博士）", "MASTER 研究生（硕士）", "BACHELOR 大学本科",
            "JUNIOR_COLLEGE 大学专科", "SECONDARY_SPECIALISED 中等专科", "VOCATIONAL_HIGH 职业高中",
            "TECHNICAL_SCHOOL 技工学校", "HIGH_SCHOOL 普通高中", "JUNIOR_MIDDLE 初中", "PRIMARY 小学", "OTHER 其他");

    /** One entry: the code that names its words in the message bundles, and the standard Chinese name stored. */
    public record Choice(String code, String name) {
    }

    private final String field;
    private final List<Choice> choices;

    ChoiceList(String field, String... entries) {
        this.field = field;
        List<Choice> list = new ArrayList<>();
        for (String entry : entries) {
            int space = entry.indexOf(' ');
            list.add(new Choice(entry.substring(0, space), entry.substring(space + 1)));
        }
        this.choices = List.copyOf(list);
    }

    /** The form field the list is for, also the middle of its message keys ({@code nom.ethnicity.01}). */
    public String field() {
        return field;
    }

    public List<Choice> choices() {
        return choices;
    }

    /** Whether a form may be saved with this value: one of the names, or nothing yet (a draft may be incomplete). */
    public boolean allows(String value) {
        return value == null || value.isEmpty() || choices.stream().anyMatch(c -> c.name().equals(value));
    }

    /** The message key of the refusal of a value outside the list. */
    String refusal() {
        return "nom.choice.refused." + field;
    }
}
