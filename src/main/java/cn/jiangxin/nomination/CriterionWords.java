package cn.jiangxin.nomination;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.jiangxin.certification.QualifyingAchievement;
import cn.jiangxin.policy.PolicyTerms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The qualifying achievements of a case in words, as the public notice and the certificate state them, e.g.
 * “世界技能大赛 金牌” or “全国职业技能大赛 第2名”; honour and studio level names come from the policy version.
 */
@Component
class CriterionWords {

    private static final List<String> MEDALS = List.of("金牌", "银牌", "铜牌");

    private final MessageSource messages;

    CriterionWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The achievements joined with “；”; {@code terms} may be null, then the form's own names are used. */
    String of(List<Achievement> achievements, PolicyTerms terms) {
        return achievements.stream().map(a -> of(a, terms)).collect(Collectors.joining("；"));
    }

    String of(Achievement a, PolicyTerms terms) {
        return switch (a.kind()) {
            case COMPETITION -> label("nom.competition." + a.competition()) + " " + place(a);
            case HONOR -> terms == null ? label("nom.honour." + a.honour())
                    : terms.honors().getOrDefault(a.honour().name(), label("nom.honour." + a.honour()));
            case STUDIO_LEADER -> (terms == null ? label("nom.level." + a.studioLevel())
                    : terms.studioLevels().getOrDefault(a.studioLevel().name(), label("nom.level." + a.studioLevel())))
                    + "技能大师工作室领办人";
        };
    }

    QualifyingAchievement qualifying(Achievement a, PolicyTerms terms) {
        return new QualifyingAchievement(QualifyingAchievement.Kind.valueOf(a.kind().name()), name(a.competition()),
                a.place(), name(a.honour()), name(a.studioLevel()), a.achievedOn(), a.description(), of(a, terms));
    }

    private static String place(Achievement a) {
        if (a.competition() == Achievement.Competition.WORLDSKILLS && a.place() <= MEDALS.size()) {
            return MEDALS.get(a.place() - 1);
        }
        return "第" + a.place() + "名";
    }

    private String label(String code) {
        return messages.getMessage(code, null, code, Locale.SIMPLIFIED_CHINESE);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
