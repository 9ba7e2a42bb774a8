package cn.jiangxin.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class CompetitionTest {

    @Test
    void theCodesAreTheOnesTheEligibilityApiContractLists() {
        assertThat(Competition.codes()).containsExactly("WORLDSKILLS", "NATIONAL", "BEIJING", "CHAOYANG");
        assertThat(Competition.ofCode("NATIONAL")).contains(Competition.NATIONAL);
        assertThat(Competition.ofCode("national")).isEmpty();
        assertThat(Competition.ofCode("OLYMPICS")).isEmpty();
        assertThat(Competition.ofCode(null)).isEmpty();
    }

    @Test
    void namesInChineseAndInEnglish() {
        assertThat(Competition.WORLDSKILLS.chineseName()).isEqualTo("世界技能大赛");
        assertThat(Competition.CHAOYANG.chineseName()).isEqualTo("朝阳区职业技能大赛");
        assertThat(Competition.WORLDSKILLS.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("世界技能大赛");
        assertThat(Competition.WORLDSKILLS.displayName(Locale.ENGLISH)).isEqualTo("WorldSkills Competition");
        assertThat(Competition.NATIONAL.displayName(Locale.UK)).isEqualTo("National Vocational Skills Competition");
    }

    @Test
    void onlyTheFirstThreePlacesAtWorldSkillsAreMedals() {
        assertThat(Medal.wonAt(Competition.WORLDSKILLS, 1)).contains(Medal.GOLD);
        assertThat(Medal.wonAt(Competition.WORLDSKILLS, 2)).contains(Medal.SILVER);
        assertThat(Medal.wonAt(Competition.WORLDSKILLS, 3)).contains(Medal.BRONZE);
        assertThat(Medal.wonAt(Competition.WORLDSKILLS, 4)).isEmpty();
        assertThat(Medal.wonAt(Competition.WORLDSKILLS, 0)).isEmpty();
        assertThat(Medal.wonAt(Competition.WORLDSKILLS, null)).isEmpty();
        assertThat(Medal.wonAt(Competition.NATIONAL, 1)).isEmpty();
        assertThat(Medal.wonAt(null, 1)).isEmpty();
    }

    @Test
    void aWorldSkillsGoldIsFirstPlaceAtWorldSkillsAndNothingElse() {
        assertThat(Medal.isWorldSkillsGold(Competition.WORLDSKILLS, 1)).isTrue();
        assertThat(Medal.isWorldSkillsGold(Competition.WORLDSKILLS, 2)).isFalse();
        assertThat(Medal.isWorldSkillsGold(Competition.NATIONAL, 1)).isFalse();
        assertThat(Medal.isWorldSkillsGold(Competition.BEIJING, 1)).isFalse();
        assertThat(Medal.isWorldSkillsGold(null, null)).isFalse();
    }
}
