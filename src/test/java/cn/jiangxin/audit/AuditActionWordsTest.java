package cn.jiangxin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.jiangxin.nomination.AchievementCheck;
import cn.jiangxin.nomination.NominationAction;
import org.junit.jupiter.api.Test;

/**
 * The audit log shows every action in words, Chinese and English, never its code: each action the code records
 * (the literal ones, found in the sources, and the ones made from a prefix and a value: the workflow's actions, the
 * verification outcomes, the payment results) has an {@code audit.action.*} text in both bundles.
 */
class AuditActionWordsTest {

    private static final Pattern LITERAL_ACTIONS = Pattern.compile(
            "(?:recordChange\\(|new AuditEvent\\([^;]*?, |resets\\.reset\\([^;]*?, )"
                    + "(?:[^;\"]*\\? )?\"([A-Z][A-Z0-9_]+)\"(?: : \"([A-Z][A-Z0-9_]+)\")?");

    @Test
    void everyRecordedActionHasChineseAndEnglishWords() throws IOException {
        Set<String> actions = literalActions();
        assertThat(actions).as("the scan finds the recorded actions").hasSizeGreaterThan(50)
                .contains("LOGIN", "ACCOUNT_ENABLED", "ACCOUNT_DISABLED", "TALENT_PASSWORD_RESET",
                        "SERVICE_REDEMPTION_REFUSED", "AUDIT_LOG_EXPORTED");
        Set<String> families = new TreeSet<>(actions.stream().filter(a -> a.endsWith("_")).toList());
        assertThat(families).as("actions made from a prefix and a value; each family is listed below")
                .containsExactlyInAnyOrder("NOMINATION_", "NOMINATION_ACHIEVEMENT_", "PAYMENT_RESULT_");
        actions.removeAll(families);
        Arrays.stream(NominationAction.values()).forEach(a -> actions.add("NOMINATION_" + a.name()));
        Arrays.stream(AchievementCheck.Outcome.values()).forEach(o -> actions.add("NOMINATION_ACHIEVEMENT_" + o.name()));
        // PaymentBatches.recordResult takes these two outcomes only
        actions.addAll(Set.of("PAYMENT_RESULT_PAID", "PAYMENT_RESULT_FAILED"));

        Properties chinese = bundle("audit.properties");
        Properties english = bundle("audit_en.properties");
        assertThat(actions.stream().filter(a -> blank(chinese, a)).toList()).as("actions without Chinese words").isEmpty();
        assertThat(actions.stream().filter(a -> blank(english, a)).toList()).as("actions without English words").isEmpty();
        assertThat(chinese.getProperty("audit.action.LOGIN")).isEqualTo("登录");
    }

    private static Set<String> literalActions() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_ACTIONS.matcher(Files.readString(source).replaceAll("\\s+", " "));
                while (m.find()) {
                    actions.add(m.group(1));
                    if (m.group(2) != null) {
                        actions.add(m.group(2));
                    }
                }
            }
        }
        return actions;
    }

    private static boolean blank(Properties words, String action) {
        String text = words.getProperty("audit.action." + action);
        return text == null || text.isBlank();
    }

    private static Properties bundle(String name) throws IOException {
        Properties words = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            words.load(in);
        }
        return words;
    }
}
