package cn.jiangxin.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The parameters of the leading-talent policy, in the order packs, forms and diffs show them. */
final class ParameterCatalogue {

    static final List<String> MEASURES = List.of("PRIORITY_RECOMMENDATION", "STUDIO_PRIORITY", "EXPERT_POOL",
            "TRAINING_PRIORITY", "ACTIVITY_PRIORITY", "CAREER_PROGRAMME");
    static final List<String> SERVICES = List.of("HEALTH_CHECKUP", "CINEMA", "PARK_VISIT", "HOLIDAY_CARE");

    private static final String EXPERT_ARTICLE = "第四条第（四）项";
    private static final String SELECTION_ARTICLE = "第四条第（二）项";
    private static final String OFFERING_ARTICLE = "第四条第（五）（六）（七）项";
    private static final String STUDIO_ARTICLE = "第四条第（三）项";
    private static final String SERVICE_ARTICLE = "第四条第（八）项";
    private static final Map<String, ParameterDefinition> ALL;

    static {
        List<ParameterDefinition> defs = new ArrayList<>();
        defs.add(new ParameterDefinition("workingAge.minimumAgeYears", ParameterType.INTEGER, 1L, null));
        for (RetirementCategory c : RetirementCategory.values()) {
            String p = "retirement." + c.name() + ".";
            defs.add(new ParameterDefinition(p + "baseYears", ParameterType.INTEGER, 1L, null));
            defs.add(new ParameterDefinition(p + "startMonth", ParameterType.YEAR_MONTH, null, null));
            defs.add(new ParameterDefinition(p + "stepMonths", ParameterType.INTEGER, 1L, null));
            defs.add(new ParameterDefinition(p + "capMonths", ParameterType.INTEGER, 0L, null));
        }
        defs.add(new ParameterDefinition("affiliation.districtCode", ParameterType.TEXT, null, Pattern.compile("\\d{6}")));
        defs.add(new ParameterDefinition("affiliation.districtName", ParameterType.TEXT, null, null));
        defs.add(new ParameterDefinition("affiliation.kinds", ParameterType.CODE_LIST, null, null));
        defs.add(new ParameterDefinition("recommendation.required", ParameterType.BOOLEAN, null, null));
        for (Competition c : Competition.values()) {
            defs.add(new ParameterDefinition("criteria.competition." + c.name() + ".lowestPlace", ParameterType.INTEGER,
                    1L, null));
        }
        defs.add(new ParameterDefinition("criteria.honors", ParameterType.NAMED_CODES, null, null));
        defs.add(new ParameterDefinition("criteria.studioLevels", ParameterType.NAMED_CODES, null, null));
        defs.add(new ParameterDefinition("criteria.achievementLookbackYears", ParameterType.OPTIONAL_INTEGER, 1L, null));
        defs.add(new ParameterDefinition("reward.worldSkillsGold.personFen", ParameterType.MONEY_FEN, 0L, null));
        defs.add(new ParameterDefinition("reward.worldSkillsGold.trainingUnitFen", ParameterType.MONEY_FEN, 0L, null));
        for (String m : MEASURES) {
            defs.add(new ParameterDefinition("measure." + m, ParameterType.BOOLEAN, null, null));
        }
        for (String s : SERVICES) {
            defs.add(new ParameterDefinition("service." + s + ".quotaPerYear", ParameterType.INTEGER, 0L, null));
        }
        defs.add(new ParameterDefinition("studio.fundingFen", ParameterType.MONEY_TABLE, null, null));
        // added with the studios' construction assessment (art. 4 item 3), after versions were stored: a stored
        // version without them takes these provisional values, shown as the catalogue's
        defs.add(studioAddition("studio.assessmentItems", ParameterType.NAMED_CODES, String.join("\n",
                "TEAM=团队建设与人才培养", "PREMISES=场地设施与制度保障", "PASSING_ON=带徒传技与技能培训",
                "INNOVATION=技术攻关与创新成果", "OUTREACH=成果推广与示范引领"), "建设评估的评估项目"));
        defs.add(studioAddition("studio.assessmentMaxScores", ParameterType.INTEGER_TABLE, String.join("\n",
                "TEAM=10", "PREMISES=10", "PASSING_ON=10", "INNOVATION=10", "OUTREACH=10"),
                "各评估项目的满分（评估人员按项目打分，不超过满分）"));
        defs.add(studioAddition("studio.assessmentWeights", ParameterType.INTEGER_TABLE, String.join("\n",
                "TEAM=20", "PREMISES=15", "PASSING_ON=25", "INNOVATION=25", "OUTREACH=15"),
                "各评估项目的权重（合计100；总分＝各项得分÷满分×权重之和，保留一位小数）"));
        defs.add(studioAddition("studio.gradeBands", ParameterType.INTEGER_TABLE, String.join("\n",
                "EXCELLENT=90", "GOOD=80", "PASS=60"),
                "各评估等级的最低总分（百分制，含本数）；低于最低一档为不合格，不给予经费支持"));
        defs.add(new ParameterDefinition("support.periodYears", ParameterType.INTEGER, 1L, null));
        defs.add(new ParameterDefinition("notice.workingDays", ParameterType.INTEGER, 1L, null));
        // added after the first versions were published: their provisional values apply to versions without them
        defs.add(laterAddition("expert.drawWorkingDaysBefore", EXPERT_ARTICLE, 1L, "2", "专家最早在需求日期前2个工作日内抽取"));
        defs.add(laterAddition("expert.reserves", EXPERT_ARTICLE, 2L, "2", "每次抽取的递补专家人数（至少2名）"));
        defs.add(laterAddition("expert.responseHours", EXPERT_ARTICLE, 1L, "24", "被抽中专家答复期限（小时，最迟至需求日期）"));
        defs.add(new ParameterDefinition("renewal.rule", ParameterType.TEXT, null,
                Pattern.compile("NEW_ACHIEVEMENT_AFTER_PREVIOUS_PERIOD_START|ANY_QUALIFYING_ACHIEVEMENT|NO_RENEWAL")));
        // added with the selection rounds (art. 4 item 2), after versions were stored: a stored version without them
        // (a database from before) takes these values, shown as the catalogue's, instead of failing to load
        defs.add(new ParameterDefinition("selection.purposes", ParameterType.NAMED_CODES, null, null,
                new PackParameter(String.join("\n",
                        "BEIJING_OUTSTANDING_CONTRIBUTION=北京市有突出贡献的高技能人才",
                        "STATE_COUNCIL_ALLOWANCE=国务院政府特殊津贴人员",
                        "BEIJING_TECHNICIAN_ALLOWANCE=北京市政府技师特殊津贴人员",
                        "CHAOYANG_CHIEF_TECHNICIAN_ALLOWANCE=朝阳区政府首席技师特殊津贴人员",
                        "PHOENIX_TALENT=“凤凰人才”认定计划"),
                        SELECTION_ARTICLE, "原文以“等”列举；版本保存时尚无此参数，按参数目录的值适用", true)));
        defs.add(new ParameterDefinition("selection.rankingTiers", ParameterType.CODE_LIST, null, null,
                new PackParameter(String.join("\n", "WORLDSKILLS", "NATIONAL_COMPETITION", "BEIJING_COMPETITION",
                        "CHAOYANG_COMPETITION", "HONOUR", "STUDIO"), SELECTION_ARTICLE,
                        "暂定值：办法只规定领军人才优先，未规定领军人才之间的先后；暂按最高业绩档次排序，同档次按取得日期先后", true)));
        // added with the offerings (art. 4 items 5 to 7: training, activities, the career programme), after versions
        // were stored: which priority rule applies to leading talents and its numbers, all provisional
        defs.add(new ParameterDefinition("offering.priorityRule", ParameterType.TEXT, null,
                Pattern.compile("HELD_SHARE|PRIORITY_WINDOW"), new PackParameter("HELD_SHARE", OFFERING_ARTICLE,
                        "办法只规定“可优先推荐参加”，未规定方式；暂定值：为领军人才保留一定比例的名额（HELD_SHARE），"
                                + "另一可选方式为领军人才提前报名（PRIORITY_WINDOW）", true)));
        defs.add(laterAddition("offering.heldSharePercent", OFFERING_ARTICLE, 0L, "20",
                "为领军人才保留的名额占总名额的百分比（向上取整，超过100按100）"));
        defs.add(laterAddition("offering.holdDays", OFFERING_ARTICLE, 1L, "7",
                "保留名额自报名开始起保留的天数，期满未用的名额放给候补名单"));
        defs.add(laterAddition("offering.priorityWindowDays", OFFERING_ARTICLE, 1L, "3",
                "领军人才可在公开报名开始前提前报名的天数"));
        // added with bookings (art. 4 item 8, issue 16), after versions were stored: which services are used by
        // appointment, how long before the slot a talent may still cancel, whether a missed appointment uses the
        // year's quota; the seed says none of it, so all are provisional
        for (String s : SERVICES) {
            defs.add(new ParameterDefinition("service." + s + ".bookingRequired", ParameterType.BOOLEAN, null, null,
                    new PackParameter(String.valueOf("HEALTH_CHECKUP".equals(s)), SERVICE_ARTICLE,
                            "办法未规定，暂定值：" + ("HEALTH_CHECKUP".equals(s) ? "体检须在指定医院预约后凭人才卡使用"
                                    : "HOLIDAY_CARE".equals(s) ? "假期关怀慰问由区人力社保局上门开展，无需人才预约"
                                    : "凭人才卡直接使用，无需预约"), true)));
        }
        defs.add(laterAddition("booking.cancelDeadlineHours", SERVICE_ARTICLE, 0L, "24",
                "预约时段开始前多少小时以前可以取消预约（取消后次数退回）"));
        defs.add(new ParameterDefinition("booking.noShowUsesQuota", ParameterType.BOOLEAN, null, null,
                new PackParameter("true", SERVICE_ARTICLE, "办法未规定，暂定值：预约后未到视为已使用本支持年度的次数", true)));
        Map<String, ParameterDefinition> map = new LinkedHashMap<>();
        defs.forEach(d -> map.put(d.key(), d));
        ALL = Collections.unmodifiableMap(map);
    }

    private ParameterCatalogue() {
    }

    /**
     * An integer parameter of the article that the catalogue gained after versions were published; a stored version
     * without it takes this provisional value, shown as such (the note says 暂定值), never written into the version.
     */
    private static ParameterDefinition laterAddition(String key, String article, long min, String value, String what) {
        return new ParameterDefinition(key, ParameterType.INTEGER, min, null,
                new PackParameter(value, article, "办法未规定，暂定值：" + what, true));
    }

    /** A parameter of the studios' construction assessment (art. 4 item 3), which the seed leaves to the Bureau. */
    private static ParameterDefinition studioAddition(String key, ParameterType type, String value, String what) {
        return new ParameterDefinition(key, type, null, null,
                new PackParameter(value, STUDIO_ARTICLE, "办法未规定，暂定值：" + what, true));
    }

    static List<ParameterDefinition> all() {
        return List.copyOf(ALL.values());
    }

    static Optional<ParameterDefinition> find(String key) {
        return Optional.ofNullable(ALL.get(key));
    }
}
