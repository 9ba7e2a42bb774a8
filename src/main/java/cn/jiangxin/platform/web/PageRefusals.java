package cn.jiangxin.platform.web;

import cn.jiangxin.platform.RuleViolationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The one answer of every page to a broken rule: the message and what the user typed go back, as a {@link Refusal}
 * flash attribute, to the page the request came from (its same-site {@code Referer}), which shows the message and
 * the form filled in again ({@link RefusalReplay}); nothing was changed, since the rule stopped the transaction.
 * Without a page to go back to, the error page says what was wrong (422). htmx requests are sent back with
 * {@code HX-Redirect}. API controllers answer problem+json instead ({@link ProblemResponses}, ordered first).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageRefusals {

    /** The hidden input by which a form names its own page. */
    static final String PAGE = "_page";

    private final MessageSource messages;

    PageRefusals(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolationException.class)
    ModelAndView refused(RuleViolationException e, HandlerMethod handler, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        // a rule may give its message as a key of the message bundle (policy does): worded here, once
        String words = messages.getMessage(e.getMessage(), null, e.getMessage(), locale);
        String back = backTo(request);
        if (back == null) {
            ModelAndView page = ErrorPage.of(HttpStatus.UNPROCESSABLE_CONTENT);
            page.addObject("errorText", words);
            return page;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        MethodParameter form = formParameter(handler);
        flash.put(Refusal.FLASH, Refusal.of(words, e.field(),
                form == null ? null : ModelFactory.getNameForParameter(form),
                form == null ? null : form.getParameterType(), request.getParameterMap()));
        if ("true".equals(request.getHeader("HX-Request"))) {
            // a redirect would be followed inside the XMLHttpRequest; htmx itself loads the page named here
            RequestContextUtils.saveOutputFlashMap(back, request, response);
            response.setHeader("HX-Redirect", back);
            return null;
        }
        RedirectView redirect = new RedirectView(back + "#refusal", false, false);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }

    /**
     * The page to go back to, as path and query, or {@code null}: the form's own page when the form names it (a hidden
     * {@code _page}: a form shown again after its own validation sits at the address it was posted to, which may be
     * no page), else the same-site page the request came from.
     */
    static String backTo(HttpServletRequest request) {
        String page = request.getParameter(PAGE);
        if (page != null && page.startsWith("/") && !page.startsWith("//") && page.chars().noneMatch(c -> c < 0x21)
                && !page.contains("\\")) {
            return page;
        }
        String referer = request.getHeader("Referer");
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(referer.strip());
            boolean sameSite = uri.getHost() == null
                    || (uri.getHost().equalsIgnoreCase(request.getServerName()) && port(uri) == request.getServerPort());
            String path = uri.getRawPath();
            if (!sameSite || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The form object the handler binds: annotated, followed by its errors, or a record; {@code null} if none. */
    static MethodParameter formParameter(HandlerMethod handler) {
        MethodParameter[] parameters = handler.getMethodParameters();
        for (int i = 0; i < parameters.length; i++) {
            MethodParameter p = parameters[i];
            boolean bindsErrors = i + 1 < parameters.length
                    && Errors.class.isAssignableFrom(parameters[i + 1].getParameterType());
            if (p.hasParameterAnnotation(ModelAttribute.class) || bindsErrors || p.getParameterType().isRecord()) {
                return p;
            }
        }
        return null;
    }
}
