package cn.jiangxin.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The skills competitions of art. 3 item (一), by the codes policy packs, forms and the v1 API use; the lowest place
 * that counts at each is a parameter of the policy version ({@code criteria.competition.<code>.lowestPlace}).
 */
public enum Competition {

    WORLDSKILLS("世界技能大赛", "WorldSkills Competition"),
    NATIONAL("全国职业技能大赛", "National Vocational Skills Competition"),
    BEIJING("北京市职业技能大赛", "Beijing Vocational Skills Competition"),
    CHAOYANG("朝阳区职业技能大赛", "Chaoyang Vocational Skills Competition");

    private final String chineseName;
    private final String englishName;

    Competition(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The name in the page's language: English for English, Chinese otherwise. */
    public String displayName(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? englishName : chineseName;
    }

    /** The competition a code names; empty for a code that names none. */
    public static Optional<Competition> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Competition::name).toList();
    }
}
