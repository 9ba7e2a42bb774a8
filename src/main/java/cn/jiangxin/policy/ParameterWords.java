package cn.jiangxin.policy;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.jiangxin.platform.Money;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A parameter's value as staff read it: amounts in yuan, yes or no, codes in words, year-months as 1965年1月, counts
 * with their unit (年, 个月, 个工作日, 次/年, 名, 周岁), an empty limit as 不限 and any other empty value as a dash. The canonical text stays what forms edit
 * and diffs compare; pages show these words with the canonical text as the title. Templates call it as
 * {@code ${@parameterWords.of(key, value)}}.
 */
@Component("parameterWords")
class ParameterWords {

    private final MessageSource messages;

    ParameterWords(MessageSource messages) {
        this.messages = messages;
    }

    /** Public for the templates, which call it through Spring's expression language. */
    public String of(String key, String value) {
        Locale locale = LocaleContextHolder.getLocale();
        Optional<ParameterDefinition> definition = ParameterCatalogue.find(key);
        if (value == null || value.isBlank()) {
            boolean limit = definition.isPresent() && definition.get().type() == ParameterType.OPTIONAL_INTEGER;
            return limit ? text("policy.words.none", locale) : "—";
        }
        if (definition.isEmpty()) {
            return value;
        }
        return switch (definition.get().type()) {
            case MONEY_FEN -> yuan(value, locale);
            case BOOLEAN -> text("true".equals(value) ? "policy.words.yes" : "policy.words.no", locale);
            case YEAR_MONTH -> yearMonth(value, locale);
            case INTEGER, OPTIONAL_INTEGER -> count(key, value, locale);
            case CODE_LIST -> String.join("、", lines(value).stream().map(code -> code(code, locale)).toList());
            case NAMED_CODES -> String.join("\n", lines(value).stream().map(ParameterWords::afterEquals).toList());
            case MONEY_TABLE -> String.join("\n", lines(value).stream().map(line -> tableLine(line, locale)).toList());
            case INTEGER_TABLE -> String.join("\n", lines(value).stream().map(line -> countLine(line, locale)).toList());
            case TEXT -> textValue(key, value, locale);
        };
    }

    private String tableLine(String line, Locale locale) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return line;
        }
        return code(line.substring(0, eq), locale) + "：" + yuan(line.substring(eq + 1), locale);
    }

    private String countLine(String line, Locale locale) {
        int eq = line.indexOf('=');
        return eq < 0 ? line : code(line.substring(0, eq), locale) + "：" + line.substring(eq + 1).strip();
    }

    private String yuan(String fen, Locale locale) {
        try {
            return Money.yuan(Long.parseLong(fen.strip())) + " " + text("policy.words.yuan", locale);
        } catch (NumberFormatException notANumber) {
            return fen;
        }
    }

    private String yearMonth(String value, Locale locale) {
        try {
            YearMonth month = YearMonth.parse(value.strip());
            return messages.getMessage("policy.words.yearMonth", new Object[] {String.valueOf(month.getYear()),
                    month.getMonthValue()}, locale);
        } catch (DateTimeParseException notAMonth) {
            return value;
        }
    }

    /** A count with the unit its key names. */
    private String count(String key, String value, Locale locale) {
        String unit = key.endsWith("Years") && key.contains("Age") ? "policy.words.ageYears"
                : key.endsWith("Years") ? "policy.words.years"
                : key.endsWith("Months") ? "policy.words.months"
                : key.endsWith("workingDays") ? "policy.words.workingDays"
                : key.endsWith("quotaPerYear") ? "policy.words.perYear"
                : key.endsWith("lowestPlace") ? "policy.words.place"
                : key.endsWith("Percent") ? "policy.words.percent"
                : key.endsWith("Hours") ? "policy.words.hours"
                : key.endsWith("Days") && !key.contains("Working") ? "policy.words.days"
                : null;
        return unit == null ? value : messages.getMessage(unit, new Object[] {value.strip()}, locale);
    }

    /** A district code by its name, a code by its words, other text as it is. */
    private String textValue(String key, String value, Locale locale) {
        if (key.endsWith("districtCode")) {
            return messages.getMessage("district." + value, null, value, locale);
        }
        return value.matches("[A-Z][A-Z0-9_]*") ? code(value, locale) : value;
    }

    /** A code in words: the policy's own word for it, else a unit kind's, else the code. */
    private String code(String code, Locale locale) {
        String words = messages.getMessage("policy.code." + code, null, null, locale);
        if (words == null) {
            words = messages.getMessage("unit.kind." + code, null, null, locale);
        }
        return words == null ? code : words;
    }

    private static String afterEquals(String line) {
        int eq = line.indexOf('=');
        return eq < 0 ? line : line.substring(eq + 1);
    }

    private static List<String> lines(String value) {
        List<String> lines = new ArrayList<>();
        for (String line : value.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
