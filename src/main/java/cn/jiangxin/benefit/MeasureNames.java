package cn.jiangxin.benefit;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Chinese name of a measure, for messages that name it (the pages use the message bundle directly). */
@Component
class MeasureNames {

    private final MessageSource messages;

    MeasureNames(MessageSource messages) {
        this.messages = messages;
    }

    String chinese(String code) {
        return messages.getMessage("benefit.measure." + code, null, code, Locale.SIMPLIFIED_CHINESE);
    }
}
