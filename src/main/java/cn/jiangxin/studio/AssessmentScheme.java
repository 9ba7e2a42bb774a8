package cn.jiangxin.studio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.PolicyTerms;

/**
 * The construction assessment of one policy version (art. 4 item 3): its items, each scored from 0 to its maximum
 * and counted by its weight ({@code studio.assessmentItems}, {@code studio.assessmentMaxScores},
 * {@code studio.assessmentWeights}); the total out of 100 is Σ score ÷ maximum × weight, to a tenth of a point
 * (half up). The grade is the best whose lowest total ({@code studio.gradeBands}, inclusive) the total reaches, else
 * {@link #FAIL}; the grade's funding is the version's table ({@code studio.fundingFen}), nothing for {@link #FAIL}.
 */
record AssessmentScheme(String policyVersion, List<Item> items, List<Band> bands, Map<String, Long> fundingFen) {

    /** The grade below the lowest band: no funding. */
    static final String FAIL = "FAIL";

    /** An assessment item: its code, name, highest score and weight. */
    record Item(String code, String name, int maxScore, int weight) {
    }

    /** A grade and the lowest total that earns it, in tenths of a point. */
    record Band(String gradeCode, int minimumTenths) {
    }

    /** What scores give: the total in tenths, the grade and its funding. */
    record Result(int totalTenths, String gradeCode, long fundingFen) {
    }

    AssessmentScheme {
        items = List.copyOf(items);
        bands = bands.stream().sorted(Comparator.comparingInt(Band::minimumTenths).reversed()).toList();
        fundingFen = Map.copyOf(fundingFen);
    }

    /** The scheme of a version's terms. */
    static AssessmentScheme of(String policyVersion, PolicyTerms terms) {
        List<Item> items = new ArrayList<>();
        Map<String, Integer> max = terms.studioAssessmentMaxScores();
        Map<String, Integer> weights = terms.studioAssessmentWeights();
        terms.studioAssessmentItems().forEach((code, name) -> {
            int m = max.getOrDefault(code, 0);
            if (m > 0) {
                items.add(new Item(code, name, m, weights.getOrDefault(code, 0)));
            }
        });
        List<Band> bands = new ArrayList<>();
        terms.studioGradeBands().forEach((grade, min) -> bands.add(new Band(grade, min * 10)));
        return new AssessmentScheme(policyVersion, items, bands, terms.studioFundingFen());
    }

    /** Checks one score per item, each a whole number from 0 to the item's maximum; answers them in item order. */
    Map<String, Integer> checked(Map<String, Integer> scores) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Item item : items) {
            Integer s = scores.get(item.code());
            if (s == null || s < 0 || s > item.maxScore()) {
                throw new RuleViolationException("score_" + item.code(), "studio.error.score");
            }
            out.put(item.code(), s);
        }
        return out;
    }

    /** The total, grade and funding of checked scores. */
    Result result(Map<String, Integer> scores) {
        Map<String, Integer> checked = checked(scores);
        BigDecimal total = BigDecimal.ZERO;
        for (Item item : items) {
            total = total.add(BigDecimal.valueOf((long) checked.get(item.code()) * item.weight() * 10)
                    .divide(BigDecimal.valueOf(item.maxScore()), 10, RoundingMode.HALF_UP));
        }
        return forTotal(total.setScale(0, RoundingMode.HALF_UP).intValueExact());
    }

    /** The grade and funding of a total in tenths of a point. */
    Result forTotal(int totalTenths) {
        for (Band band : bands) {
            if (totalTenths >= band.minimumTenths()) {
                return new Result(totalTenths, band.gradeCode(), fundingFen.getOrDefault(band.gradeCode(), 0L));
            }
        }
        return new Result(totalTenths, FAIL, 0L);
    }

    /** Tenths of a point as people write them: 87.5, 90.0. */
    static String points(int tenths) {
        return BigDecimal.valueOf(tenths, 1).toPlainString();
    }
}
