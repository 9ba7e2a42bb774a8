package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangxin.consultation.Consultations;
import cn.jiangxin.testsupport.EveryState;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestConsultations;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every form of the application (every POST handler outside the JSON API, found in the handler mappings) as a
 * user of a role that may use it, on a system with a case in each state ({@link EveryState}) and a consultation:
 * each list of the form gets indexes out of range ({@code x[999]},
 * {@code x[-1]}) and a gap ({@code x[10]}), each field a value of 10,000 characters, and then all fields at once.
 * Nothing may answer a server error, and no page the users reach may either. The address of each form, and the
 * values of its other fields, are the ones a page of that user shows (found by following the links of the user's
 * pages), so the handler runs on a real object; a form no page shows gets placeholder ids and values by type.
 */
@JiangxinTest
@MovableClock
@TestPropertySource(properties = "jiangxin.test.context=every-form")
@DirtiesContext
class EveryFormTest {

    /** Stands for the talent of {@link EveryState}'s certified case. */
    private static final String TALENT = "talent";
    private static final String LONG = "长".repeat(5_000) + "x".repeat(5_000);
    private static final Map<String, String> USER_OF_ROLE = Map.of("SYSTEM_ADMIN", Staff.ADMIN,
            "POLICY_ADMIN", Staff.POLICY, "REVIEWER", Staff.REVIEWER, "APPROVER", Staff.APPROVER, "FINANCE",
            Staff.FINANCE, "PROVIDER", Staff.VENUE, "UNIT_OFFICER", Staff.OFFICER, "TALENT", TALENT);
    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");
    private static final Set<Class<?>> FRAMEWORK = Set.of(org.springframework.ui.Model.class,
            org.springframework.validation.BindingResult.class,
            org.springframework.web.servlet.mvc.support.RedirectAttributes.class,
            org.springframework.security.core.Authentication.class, java.util.Locale.class);

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired Staff staff;
    @Autowired ApplicationContext context;
    @Autowired Consultations consultations;

    @BeforeEach
    void aCaseInEachStateAndAConsultation() {
        EveryState.ensure(context);
        TestConsultations.open(consultations, Staff.POLICY, LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 31));
    }

    /** The account that stands for the user name: the kit's, or the talent of the certified case. */
    private RequestPostProcessor as(String username) {
        return staff.as(username.equals(TALENT) ? EveryState.talent(staff) : username);
    }

    /** Per user: the address of each form their pages show, with the fields and values the page fills in. */
    private final Map<String, Map<String, Map<String, String>>> formsBy = new HashMap<>();

    record Form(String pattern, HandlerMethod handler, String username) {
    }

    @Test
    void noFormAnswersAServerErrorToIndexesOutOfRangeOrOverLongValues() throws Exception {
        List<Form> forms = forms();
        assertThat(forms).extracting(Form::pattern).contains("/self-check", "/nominations/{id}",
                "/nominations/{id}/eligibility", "/consultations", "/public/consultations/{id}/comments");
        List<String> problems = new ArrayList<>();
        for (String username : forms.stream().map(Form::username).distinct().sorted().toList()) {
            seen(username, problems);
        }
        List<String> placeholders = new ArrayList<>();
        int sent = 0;
        for (Form form : forms) {
            Optional<String> real = addressOnAPage(form);
            if (real.isEmpty()) {
                placeholders.add(form.pattern());
            }
            String url = real.orElse(form.pattern().replaceAll("\\{[^}]+}", "1"));
            Map<String, String> typed = fields(form.handler());
            Map<String, String> plausible = real.map(a -> formsBy.get(form.username()).get(a)).orElse(typed);
            Set<String> names = new LinkedHashSet<>(plausible.keySet());
            names.addAll(typed.keySet());
            List<Map<String, String>> variants = new ArrayList<>();
            for (String list : lists(form.handler())) {
                for (String index : List.of("999", "-1", "10")) {
                    Map<String, String> v = new LinkedHashMap<>(plausible);
                    v.put(list.replace("[0]", "[" + index + "]"), "1");
                    variants.add(v);
                }
            }
            for (String field : names) {
                Map<String, String> v = new LinkedHashMap<>(plausible);
                v.put(field, LONG);
                variants.add(v);
            }
            Map<String, String> allLong = new LinkedHashMap<>();
            names.forEach(f -> allLong.put(f, LONG));
            variants.add(allLong);
            for (Map<String, String> params : variants) {
                MockHttpServletRequestBuilder request = post(url).with(csrf()).accept(MediaType.TEXT_HTML)
                        .with(as(form.username()));
                params.forEach(request::param);
                sent++;
                try {
                    int status = mvc.perform(request).andReturn().getResponse().getStatus();
                    if (status >= 500) {
                        problems.add(form.username() + " " + url + " " + shortly(params) + " -> " + status);
                    }
                } catch (Exception e) {
                    problems.add(form.username() + " " + url + " " + shortly(params) + " -> " + rootCause(e));
                }
            }
        }
        System.out.println("every form: " + forms.size() + " forms, " + sent + " requests; without an address on a page: "
                + placeholders);
        assertThat(problems).isEmpty();
    }

    /** Every POST handler that takes a form (not a JSON body), with a user of the first role it allows. */
    private List<Form> forms() {
        Map<String, Form> out = new TreeMap<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean json = handler.getMethodParameters().length > 0 && java.util.Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
            if (!methods.contains(RequestMethod.POST) || json) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.startsWith("/error")) {
                    out.put(pattern, new Form(pattern, handler, username(pattern, handler)));
                }
            }
        });
        return new ArrayList<>(out.values());
    }

    private static String username(String pattern, HandlerMethod handler) {
        PreAuthorize rule = Optional.ofNullable(handler.getMethodAnnotation(PreAuthorize.class))
                .orElse(AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class));
        if (rule != null) {
            Matcher role = ROLE.matcher(rule.value());
            if (role.find()) {
                return USER_OF_ROLE.get(role.group(1));
            }
        }
        return pattern.startsWith("/admin/") ? Staff.ADMIN : pattern.startsWith("/my/") ? TALENT : Staff.OFFICER;
    }

    /** Each field of the handler (request parameters and form properties) with a plausible value. */
    private static Map<String, String> fields(HandlerMethod handler) {
        Map<String, String> out = new LinkedHashMap<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                if (!Map.class.isAssignableFrom(p.getParameterType())) {
                    String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                            : p.getParameterName();
                    out.put(name, plausible(elementOf(p.getParameterType(), p.getGenericParameterType())));
                }
            } else if (isForm(p)) {
                properties(p.getParameterType()).forEach((name, type) -> {
                    Class<?> element = elementOf(type.raw, type.generic);
                    if (element == type.raw || BeanUtils.isSimpleValueType(element)) {
                        out.put(element == type.raw ? name : name + "[0]", plausible(element));
                    } else {
                        properties(element).forEach((sub, subType) -> out.put(name + "[0]." + sub, plausible(subType.raw)));
                    }
                });
            }
        }
        return out;
    }

    /** The list fields of the handler's form, as {@code name[0]} or {@code name[0].property}. */
    private static List<String> lists(HandlerMethod handler) {
        List<String> out = new ArrayList<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.getParameterAnnotation(RequestParam.class) == null && isForm(p)) {
                properties(p.getParameterType()).forEach((name, type) -> {
                    Class<?> element = elementOf(type.raw, type.generic);
                    if (element != type.raw) {
                        out.add(BeanUtils.isSimpleValueType(element) ? name + "[0]"
                                : name + "[0]." + properties(element).keySet().iterator().next());
                    }
                });
            }
        }
        return out;
    }

    private static boolean isForm(MethodParameter p) {
        Class<?> type = p.getParameterType();
        return (p.hasParameterAnnotation(ModelAttribute.class) || p.getParameterAnnotations().length == 0)
                && !BeanUtils.isSimpleProperty(type) && FRAMEWORK.stream().noneMatch(f -> f.isAssignableFrom(type))
                && !type.getName().startsWith("jakarta.") && !type.getName().startsWith("org.springframework.");
    }

    record PropertyType(Class<?> raw, Type generic) {
    }

    /** The bindable properties of a form class: its setters, or a record's components. */
    private static Map<String, PropertyType> properties(Class<?> form) {
        Map<String, PropertyType> out = new LinkedHashMap<>();
        if (form.isRecord()) {
            for (RecordComponent c : form.getRecordComponents()) {
                out.put(c.getName(), new PropertyType(c.getType(), c.getGenericType()));
            }
            return out;
        }
        for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(form)) {
            if (d.getWriteMethod() != null) {
                out.put(d.getName(), new PropertyType(d.getPropertyType(),
                        d.getWriteMethod().getGenericParameterTypes()[0]));
            }
        }
        return out;
    }

    private static Class<?> elementOf(Class<?> raw, Type generic) {
        if (raw.isArray()) {
            return raw.getComponentType();
        }
        if (Collection.class.isAssignableFrom(raw) && generic instanceof ParameterizedType t
                && t.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return raw;
    }

    private static String plausible(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "1";
        }
        if (type == LocalDate.class) {
            return "2025-06-01";
        }
        if (type == LocalTime.class) {
            return "09:00";
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        return "测试";
    }

    /** The address of the form as a page of its user shows it, if one does. */
    private Optional<String> addressOnAPage(Form form) {
        Pattern address = Pattern.compile(form.pattern().replaceAll("\\{[^}]+}", "[^/?#]+"));
        return formsBy.get(form.username()).keySet().stream().filter(a -> address.matcher(a).matches()).sorted().findFirst();
    }

    /** Every form the user's pages show, following links three steps from the menu pages; a page failing is a problem. */
    private void seen(String username, List<String> problems) throws Exception {
        var as = as(username);
        Map<String, Map<String, String>> addresses = new HashMap<>();
        Set<String> visited = new HashSet<>();
        Deque<Map.Entry<String, Integer>> queue = new ArrayDeque<>();
        mappings.getHandlerMethods().keySet().stream().filter(i -> i.getMethodsCondition().getMethods().isEmpty()
                        || i.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(i -> i.getPatternValues().stream())
                .filter(p -> !p.contains("{") && !p.contains("*") && !p.startsWith("/error") && !p.startsWith("/api/")
                        && !p.startsWith("/v3/") && !p.startsWith("/swagger"))
                .sorted().forEach(p -> queue.add(Map.entry(p, 0)));
        while (!queue.isEmpty() && visited.size() < 250) {
            var next = queue.poll();
            if (!visited.add(next.getKey())) {
                continue;
            }
            MockHttpServletResponse page;
            try {
                page = mvc.perform(get(next.getKey()).with(as).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
            } catch (Exception e) {
                problems.add(username + " GET " + next.getKey() + " -> " + rootCause(e));
                continue;
            }
            if (page.getStatus() >= 500) {
                problems.add(username + " GET " + next.getKey() + " -> " + page.getStatus());
            }
            if (page.getStatus() != 200 || page.getContentType() == null || !page.getContentType().startsWith("text/html")) {
                continue;
            }
            Document html = Jsoup.parse(page.getContentAsString());
            for (Element form : html.select("form[action][method=post]")) {
                addresses.putIfAbsent(path(form.attr("action")), filledIn(form));
            }
            for (Element htmx : html.select("[hx-post]")) {
                Element form = htmx.tagName().equals("form") ? htmx : htmx.closest("form");
                addresses.putIfAbsent(path(htmx.attr("hx-post")), form == null ? Map.of() : filledIn(form));
            }
            if (next.getValue() < 3) {
                for (Element link : html.select("a[href]")) {
                    String href = path(link.attr("href"));
                    if (href.startsWith("/") && !href.startsWith("//") && !href.matches(".*\\.(pdf|xlsx|csv|png)$")
                            && !href.contains("/files/") && !href.contains("export") && !visited.contains(href)) {
                        queue.add(Map.entry(href, next.getValue() + 1));
                    }
                }
            }
        }
        formsBy.put(username, addresses);
    }

    /** What a browser would send for the form as the page shows it (without the CSRF token, added per request). */
    private static Map<String, String> filledIn(Element form) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String name = field.attr("name");
            String type = field.attr("type");
            if (name.equals("_csrf") || type.equals("file") || ((type.equals("checkbox") || type.equals("radio"))
                    && !field.hasAttr("checked") && out.containsKey(name))) {
                continue;
            }
            String value = switch (field.tagName()) {
                case "select" -> Optional.ofNullable(field.selectFirst("option[selected]"))
                        .or(() -> Optional.ofNullable(field.selectFirst("option"))).map(o -> o.attr("value")).orElse("");
                case "textarea" -> field.text();
                default -> field.attr("value");
            };
            out.put(name, value);
        }
        return out;
    }

    private static String path(String url) {
        int cut = url.indexOf('?');
        return (cut < 0 ? url : url.substring(0, cut)).replaceFirst("#.*$", "");
    }

    private static String shortly(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, v.length() > 20 ? v.substring(0, 3) + "…(" + v.length() + ")" : v));
        return out.toString();
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
