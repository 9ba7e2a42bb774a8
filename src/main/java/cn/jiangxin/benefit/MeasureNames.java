package cn.jiangxin.benefit;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Chinese name of a measure, for messages that name it (the pages use the message bundle directly). */
@Component
class MeasureNames {

    /** Every measure code the policy packs grant, in the order of art. 4, for the lists' measure filter. */
    static final List<String> CODES = List.of("PRIORITY_RECOMMENDATION", "STUDIO_PRIORITY", "EXPERT_POOL",
            "TRAINING_PRIORITY", "ACTIVITY_PRIORITY", "CAREER_PROGRAMME", "HEALTH_CHECKUP", "CINEMA", "PARK_VISIT",
            "HOLIDAY_CARE");

    /** The services (art. 4 (8)): measures used at venues and counted per support year. */
    static final List<String> SERVICES = List.of("HEALTH_CHECKUP", "CINEMA", "PARK_VISIT", "HOLIDAY_CARE");

    private final MessageSource messages;

    MeasureNames(MessageSource messages) {
        this.messages = messages;
    }

    String chinese(String code) {
        return messages.getMessage("benefit.measure." + code, null, code, Locale.SIMPLIFIED_CHINESE);
    }
}
