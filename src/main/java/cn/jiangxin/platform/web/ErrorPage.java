package cn.jiangxin.platform.web;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page in the site layout ({@code templates/error.html}): a title and a text from the message bundle for
 * the status ({@code error.<status>.title}, {@code error.<status>.text}), or the general ones for a status without
 * words of its own, and a way home. Every page error goes through here, whoever answers it.
 */
final class ErrorPage {

    /** Statuses with words of their own; any other error shows {@code error.other.*}. */
    static final Set<Integer> WORDED = Set.of(400, 403, 404, 405, 413, 422, 500);

    private ErrorPage() {
    }

    static ModelAndView of(HttpStatus status) {
        return of(status, null);
    }

    /** @param textKey a more specific text than the status's own, e.g. {@code error.400.form} */
    static ModelAndView of(HttpStatus status, String textKey) {
        String key = messageKey(status);
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("errorTitleKey", key + ".title");
        page.addObject("errorTextKey", textKey == null ? key + ".text" : textKey);
        return page;
    }

    static String messageKey(HttpStatus status) {
        return WORDED.contains(status.value()) ? "error." + status.value() : "error.other";
    }
}
