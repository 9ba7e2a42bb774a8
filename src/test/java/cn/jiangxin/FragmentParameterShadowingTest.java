package cn.jiangxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A fragment that inserts markup its caller passes in (the page layout takes every page's {@code <title>} and
 * {@code <section>}) evaluates that markup with its own parameters as local variables, and they hide model attributes
 * of the same name: a page that read {@code ${title}} got the layout's {@code <title>} fragment, so the notice and
 * policy forms were filled with template markup. No template may read, and no controller may set, a variable named
 * like a parameter of such a fragment.
 */
class FragmentParameterShadowingTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern FRAGMENT = Pattern.compile("th:fragment=\"\\s*[\\w-]+\\s*\\(([^)]*)\\)\\s*\"");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");

    @Test
    void noTemplateReadsAndNoControllerSetsAVariableThatAMarkupTakingFragmentShadows() throws IOException {
        Map<String, Path> shadowing = markupTakingParameters();
        assertThat(shadowing).as("the page layout takes markup").isNotEmpty();

        List<String> reads = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            String html = Files.readString(template, StandardCharsets.UTF_8);
            shadowing.forEach((name, declaredIn) -> {
                if (!template.equals(declaredIn) && readsVariable(html, name)) {
                    reads.add(TEMPLATES.relativize(template) + " reads ${" + name + "}");
                }
            });
        }
        assertThat(reads).as("variables hidden by a parameter of " + shadowing).isEmpty();

        List<String> sets = new ArrayList<>();
        for (Path source : files(SOURCES, ".java")) {
            String java = Files.readString(source, StandardCharsets.UTF_8);
            for (String name : shadowing.keySet()) {
                if (Pattern.compile("(addAttribute|addFlashAttribute|addObject|ModelAttribute)\\(\\s*(name\\s*=\\s*|value\\s*=\\s*)?\""
                        + Pattern.quote(name) + "\"").matcher(java).find()) {
                    sets.add(SOURCES.relativize(source) + " sets model attribute \"" + name + "\"");
                }
            }
        }
        assertThat(sets).as("model attributes hidden by a parameter of " + shadowing).isEmpty();
    }

    @Test
    void theCheckSeesAReadOfAShadowedName() {
        assertThat(readsVariable("<input th:value=\"${title}\">", "title")).isTrue();
        assertThat(readsVariable("<p th:if=\"${x != null and title.length() > 0}\">", "title")).isTrue();
        assertThat(readsVariable("<p th:text=\"${version.title} + ${param.title}\">", "title")).isFalse();
        assertThat(readsVariable("<p th:if=\"${problems.containsKey('title')}\">", "title")).isFalse();
        assertThat(readsVariable("<p th:text=\"#{notice.title}\">", "title")).isFalse();
        assertThat(readsVariable("<input th:field=\"*{title}\">", "title")).as("a field of th:object").isFalse();
    }

    /** Parameter name to the template declaring it, for every fragment that inserts one of its parameters. */
    private static Map<String, Path> markupTakingParameters() throws IOException {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path template : files(TEMPLATES, ".html")) {
            String html = Files.readString(template, StandardCharsets.UTF_8);
            Matcher m = FRAGMENT.matcher(html);
            while (m.find()) {
                List<String> parameters = Stream.of(m.group(1).split(",")).map(String::strip)
                        .filter(p -> !p.isEmpty()).toList();
                boolean takesMarkup = parameters.stream().anyMatch(p -> Pattern.compile(
                        "th:(insert|replace)=\"\\s*(\\$\\{\\s*" + Pattern.quote(p) + "\\s*}|~\\{\\s*\\$\\{\\s*"
                                + Pattern.quote(p) + "\\s*}\\s*})\\s*\"").matcher(html).find());
                if (takesMarkup) {
                    parameters.forEach(p -> out.put(p, template));
                }
            }
        }
        return out;
    }

    /** Whether an expression of the template names the variable (not a property, a literal or a request parameter). */
    static boolean readsVariable(String html, String name) {
        Pattern variable = Pattern.compile("(?<![\\w.'#])" + Pattern.quote(name) + "(?![\\w'])");
        Matcher m = EXPRESSION.matcher(html);
        while (m.find()) {
            if (variable.matcher(m.group(1)).find()) {
                return true;
            }
        }
        return false;
    }

    private static Set<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }
}
