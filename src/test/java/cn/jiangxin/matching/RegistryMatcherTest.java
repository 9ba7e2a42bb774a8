package cn.jiangxin.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.person.People;
import cn.jiangxin.platform.tabular.UnitNameForMatching;
import cn.jiangxin.testsupport.IdNumbers;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.TestUnits;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Matching imported rows to the registry (issue 17 item 6), with units and people of this test only: the ID number
 * in both forms, a changed name, name and unit with the variants lists write, namesakes, and rows of nobody.
 */
@JiangxinTest
class RegistryMatcherTest {

    @Autowired RegistryMatcher matcher;
    @Autowired Units units;
    @Autowired People people;

    private MatchingFixture f;
    private long works;
    private long bakery;
    private String chenId;

    @BeforeEach
    void registry() {
        f = new MatchingFixture(units, people);
        works = f.unit("精密机械有限责任公司（朝阳分公司）");
        bakery = f.unit("食品厂");
        chenId = f.person(works, "陈静");
        f.person(works, "李强");
        f.person(works, "李强");
        f.person(bakery, "王芳");
    }

    @Test
    void anEighteenDigitIdNumberFindsThePersonForCertain() {
        Match m = matcher.match(new RowToMatch("陈静", chenId, "别的单位", null));

        assertThat(m.outcome()).isEqualTo(MatchOutcome.MATCHED);
        assertThat(m.method()).isEqualTo(MatchMethod.ID_NUMBER);
        assertThat(m.confidence()).isEqualTo(1.0);
        assertThat(m.personId()).isEqualTo(f.personId(chenId));
        assertThat(m.reasons()).contains("身份证号与登记一致");
    }

    @Test
    void theFifteenDigitFormOfARegisteredNumberFindsThePerson() {
        String old = MatchingFixture.fifteenDigits(chenId);
        assertThat(old).hasSize(15);

        Match m = matcher.match(new RowToMatch("陈静", " " + old + " ", null, null));

        assertThat(m.outcome()).isEqualTo(MatchOutcome.MATCHED);
        assertThat(m.method()).isEqualTo(MatchMethod.ID_NUMBER);
        assertThat(m.personId()).isEqualTo(f.personId(chenId));
        assertThat(m.reasons()).contains("15位身份证号已转换为18位");
    }

    @Test
    void anIdNumberUnderAnotherNameIsThePersonButStaffConfirm() {
        Match m = matcher.match(new RowToMatch("陈晶", chenId, null, null));

        assertThat(m.outcome()).isEqualTo(MatchOutcome.UNCERTAIN);
        assertThat(m.method()).isEqualTo(MatchMethod.ID_NUMBER);
        assertThat(m.personId()).isEqualTo(f.personId(chenId));
        assertThat(m.alternatives()).extracting(Candidate::personId).containsExactly(f.personId(chenId));
        assertThat(m.reasons()).anyMatch(r -> r.startsWith("姓名不一致"));
    }

    @Test
    void nameAndUnitMatchThroughTheVariantsListsWrite() {
        String[] spellings = { "北京市" + f.tag + "精密机械有限公司(朝阳分公司)", f.tag + " 精密机械有限责任公司（朝阳分公司）",
                "北京" + f.tag + "精密机械有限公司[朝阳分公司]" };
        for (String unitName : spellings) {
            Match m = matcher.match(new RowToMatch("陳静", null, unitName, null));

            assertThat(m.outcome()).as(unitName).isEqualTo(MatchOutcome.MATCHED);
            assertThat(m.method()).isEqualTo(MatchMethod.NAME_AND_UNIT);
            assertThat(m.confidence()).isEqualTo(1.0);
            assertThat(m.personId()).isEqualTo(f.personId(chenId));
        }
    }

    @Test
    void theCreditCodeFindsTheUnitWhateverItsNameInTheList() {
        Match m = matcher.match(new RowToMatch("陈静", null, "朝阳精机", f.creditCode(works).toLowerCase()));

        assertThat(m.outcome()).isEqualTo(MatchOutcome.MATCHED);
        assertThat(m.method()).isEqualTo(MatchMethod.NAME_AND_UNIT);
        assertThat(m.personId()).isEqualTo(f.personId(chenId));
    }

    @Test
    void aUnitOnlyAlikeMakesTheMatchUncertain() {
        String alike = f.tag + "精密机械公司（朝阳分公司）";
        double similarity = UnitNameForMatching.similarity(alike, f.tag + "精密机械有限责任公司（朝阳分公司）");
        assertThat(similarity).isBetween(MatchingRules.POSSIBLE_UNIT_SIMILARITY, MatchingRules.CERTAIN_UNIT_SIMILARITY);

        Match m = matcher.match(new RowToMatch("陈静", null, alike, null));

        assertThat(m.outcome()).isEqualTo(MatchOutcome.UNCERTAIN);
        assertThat(m.personId()).isEqualTo(f.personId(chenId));
        assertThat(m.confidence()).isEqualTo(similarity);
        assertThat(m.reasons()).anyMatch(r -> r.startsWith("单位名称只是相近"));
    }

    @Test
    void aNamesakeInAnotherUnitIsNotThePerson() {
        Match m = matcher.match(new RowToMatch("王芳", null, f.tag + "精密机械有限公司(朝阳分公司)", null));

        assertThat(m.outcome()).isEqualTo(MatchOutcome.PROPOSE_REGISTRATION);
        assertThat(m.personId()).isNull();
        assertThat(m.alternatives()).isEmpty();
    }

    @Test
    void twoNamesakesInOneUnitGoToStaffWithBoth() {
        Match m = matcher.match(new RowToMatch("李强", null, f.tag + "精密机械有限公司（朝阳分公司）", null));

        assertThat(m.outcome()).isEqualTo(MatchOutcome.UNCERTAIN);
        assertThat(m.personId()).isNull();
        assertThat(m.alternatives()).hasSize(2).allMatch(c -> c.name().equals("李强") && c.unitId() == works);
        assertThat(m.alternatives()).extracting(Candidate::personId).doesNotHaveDuplicates();
    }

    @Test
    void aRegisteredNamesakeWithAnotherIdNumberGoesToStaff() {
        String other = IdNumbers.random(java.time.LocalDate.of(1990, 1, 1), 300, null);
        Match m = matcher.match(new RowToMatch("陈静", other, f.tag + "精密机械有限公司（朝阳分公司）", null));

        assertThat(m.outcome()).isEqualTo(MatchOutcome.UNCERTAIN);
        assertThat(m.personId()).isEqualTo(f.personId(chenId));
        assertThat(m.reasons()).contains("登记库中没有此身份证号");
    }

    @Test
    void nobodyInAChaoyangUnitIsProposedForRegistration() {
        Match inRegisteredUnit = matcher.match(new RowToMatch("赵磊", null, f.tag + "食品厂", null));
        Match byDistrictCode = matcher.match(new RowToMatch("赵磊", null, f.tag + "未登记的公司",
                TestUnits.randomCreditCode()));

        assertThat(inRegisteredUnit.outcome()).isEqualTo(MatchOutcome.PROPOSE_REGISTRATION);
        assertThat(byDistrictCode.outcome()).isEqualTo(MatchOutcome.PROPOSE_REGISTRATION);
        assertThat(byDistrictCode.method()).isEqualTo(MatchMethod.NONE);
    }

    @Test
    void nobodyElsewhereIsNoMatch() {
        Match haidian = matcher.match(new RowToMatch("赵磊", null, f.tag + "海淀某研究所",
                MatchingFixture.haidianCreditCode()));
        Match noUnit = matcher.match(new RowToMatch("王芳", null, null, null));

        assertThat(haidian.outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        assertThat(noUnit.outcome()).isEqualTo(MatchOutcome.NO_MATCH);
    }

    @Test
    void theBulkFormAnswersAsOneByOneForAMixedBatch() {
        List<String> ids = new ArrayList<>(List.of(chenId));
        for (int i = 0; i < 20; i++) {
            ids.add(f.person(i % 2 == 0 ? works : bakery, "张" + "伟军明华"
                    .charAt(i % 4) + "甲乙丙丁戊".charAt(i % 5)));
        }
        String[] unitNames = { f.tag + "精密机械有限公司(朝阳分公司)", f.tag + "食品厂", f.tag + "精密机械公司（朝阳分公司）",
                f.tag + "不相干的学校", null };
        String[] names = { "陈静", "陳静", "李强", "王芳", "张伟甲", "張明丙", "赵磊" };
        List<RowToMatch> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String name = names[IdNumbers.nextInt(names.length)];
            String unit = unitNames[IdNumbers.nextInt(unitNames.length)];
            String id = switch (IdNumbers.nextInt(5)) {
                case 0 -> ids.get(IdNumbers.nextInt(ids.size()));
                case 1 -> MatchingFixture.fifteenDigits(ids.get(IdNumbers.nextInt(ids.size())));
                case 2 -> "12345";
                default -> null;
            };
            String code = IdNumbers.nextInt(10) == 0 ? f.creditCode(bakery) : null;
            rows.add(new RowToMatch(name, id, unit, code));
        }

        List<Match> bulk = matcher.matchAll(rows);
        List<Match> oneByOne = rows.stream().map(matcher::match).toList();

        assertThat(bulk).isEqualTo(oneByOne);
        assertThat(bulk).extracting(Match::outcome).contains(MatchOutcome.values());
        assertThat(bulk).extracting(Match::method).contains(MatchMethod.values());
    }
}
