package cn.jiangxin.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import cn.jiangxin.policy.Medal;
import cn.jiangxin.policy.PolicyVersions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An achievement in words, e.g. “世界技能大赛 第1名” or an honour's name as the policy version in force lists it
 * (the honour list can grow with a new version, so names are not in the message bundle).
 */
@Component
public class AchievementWords {

    private final MessageSource messages;
    private final PolicyVersions versions;
    private final Clock clock;

    AchievementWords(MessageSource messages, PolicyVersions versions, Clock clock) {
        this.messages = messages;
        this.versions = versions;
        this.clock = clock;
    }

    /** The honours the form offers: codes and names of the version in force today. */
    public Map<String, String> honours() {
        return versions.inForceOn(LocalDate.now(clock)).map(v -> v.terms().honors()).orElse(Map.of());
    }

    public String describe(Achievement a) {
        return describe(a, LocaleContextHolder.getLocale());
    }

    public String describeInChinese(Achievement a) {
        return describe(a, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * As a public notice or a certificate states it, in Chinese: a WorldSkills medal by its colour (“世界技能大赛 金牌”),
     * anything else as {@link #describeInChinese}.
     */
    public String criterion(Achievement a) {
        return Medal.wonAt(a.competition(), a.place())
                .map(medal -> messages.getMessage("nom.words.medal." + medal,
                        new Object[] {a.competition().chineseName()}, Locale.SIMPLIFIED_CHINESE))
                .orElseGet(() -> describeInChinese(a));
    }

    private String describe(Achievement a, Locale locale) {
        return switch (a.kind()) {
            case COMPETITION -> messages.getMessage("nom.words.competition",
                    new Object[] {a.competition().displayName(locale), a.place()}, locale);
            case HONOR -> honours().getOrDefault(a.honour(), a.honour());
            case STUDIO_LEADER -> messages.getMessage("nom.words.studio",
                    new Object[] {label("nom.level." + a.studioLevel(), locale)}, locale);
        };
    }

    private String label(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
