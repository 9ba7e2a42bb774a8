package cn.jiangxin.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error the servlet container dispatches to {@code /error}: an unknown or malformed address, a wrong
 * method, a refused page, a body that is too large, a failure. Browsers get a page in the site layout
 * ({@link ErrorPage}) with a way home; {@code /api/**} and clients that ask for JSON get
 * problem+json. Neither ever shows an exception.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorAnswers implements ErrorController {

    private final MessageSource messages;
    private final String formLimit;
    private final String fileLimit;

    ErrorAnswers(MessageSource messages,
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formLimit,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize fileLimit) {
        this.messages = messages;
        this.formLimit = megabytes(formLimit);
        this.fileLimit = megabytes(fileLimit);
    }

    @RequestMapping
    Object answer(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        if (wantsProblemJson(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(status, locale));
            problem.setTitle(status.getReasonPhrase());
            Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (path != null) {
                try {
                    problem.setInstance(new URI(null, null, path.toString(), null));
                } catch (URISyntaxException unusable) {
                    // the problem stands without the address it concerns
                }
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = ErrorPage.of(status);
        page.addObject("formLimit", formLimit);
        page.addObject("fileLimit", fileLimit);
        return page;
    }

    /** The status the error was dispatched with; asked for directly, {@code /error} is a page that does not exist. */
    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : HttpStatus.NOT_FOUND;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /**
     * The API always answers problem+json; anything else does when the client lists a JSON type and not HTML among
     * what it accepts (a browser lists text/html; {@code *}{@code /*} gets the page).
     */
    static boolean wantsProblemJson(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = (uri == null ? request.getRequestURI() : uri.toString()).substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(request.getHeader("Accept"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        boolean html = accepted.stream().anyMatch(t -> t.getQualityValue() > 0 && t.isCompatibleWith(MediaType.TEXT_HTML)
                && !t.isWildcardType());
        boolean json = accepted.stream().anyMatch(t -> t.getQualityValue() > 0 && !t.isWildcardType()
                && (t.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(t.getSubtypeSuffix())));
        return json && !html;
    }

    private String text(HttpStatus status, Locale locale) {
        if (status.value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            return messages.getMessage("error.413.text", new Object[] {formLimit, fileLimit}, locale);
        }
        return messages.getMessage(ErrorPage.messageKey(status) + ".text", null, locale);
    }

    private static String megabytes(DataSize size) {
        return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }
}
