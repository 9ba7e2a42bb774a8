package cn.jiangxin.unit;

import java.util.Map;

/**
 * The first two characters of a unified social credit code: the registration authority and the organisation
 * category it assigns (GB 32100-2015 table 1, with the later agriculture "N" and military "A" authorities).
 */
final class CreditCodeCategories {

    private static final Map<Character, String> CATEGORIES_BY_AUTHORITY = Map.ofEntries(
            Map.entry('1', "1239"),   // 机构编制: 机关, 事业单位, 中央编办直管群众团体, 其他
            Map.entry('2', "19"),     // 外交: 外国常驻新闻机构, 其他
            Map.entry('3', "123459"),// 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
            Map.entry('4', "19"),     // 文化: 外国在华文化中心, 其他
            Map.entry('5', "1239"),   // 民政: 社会团体, 民办非企业单位, 基金会, 其他
            Map.entry('6', "129"),    // 旅游: 外国及港澳台旅游部门常驻代表机构, 其他
            Map.entry('7', "129"),    // 宗教: 宗教活动场所, 宗教院校, 其他
            Map.entry('8', "19"),     // 工会: 基层工会, 其他
            Map.entry('9', "123"),    // 市场监管(工商): 企业, 个体工商户, 农民专业合作社
            Map.entry('A', "19"),     // 中央军委改革和编制办公室: 军队事业单位, 其他
            Map.entry('N', "1239"),   // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
            Map.entry('Y', "1"));     // 其他

    private CreditCodeCategories() {
    }

    static boolean known(char authority, char category) {
        String categories = CATEGORIES_BY_AUTHORITY.get(authority);
        return categories != null && categories.indexOf(category) >= 0;
    }
}
