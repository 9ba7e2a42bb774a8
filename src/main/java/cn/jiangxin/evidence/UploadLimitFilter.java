package cn.jiangxin.evidence;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A body over the servlet's multipart limit fails as soon as anything reads a parameter, which the CSRF filter
 * does before any controller runs. An upload to a case then goes back to its form, which says the file is too large,
 * instead of ending in a server error. Runs before Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadLimitFilter extends OncePerRequestFilter {

    private static final Pattern CASE_UPLOAD = Pattern.compile("/nominations/(\\d{1,18})/files");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !uploadTarget(request).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!tooLarge(e) || response.isCommitted()) {
                throw e;
            }
            Matcher m = uploadTarget(request);
            m.matches();
            response.reset();
            response.sendRedirect(request.getContextPath() + "/nominations/" + m.group(1) + "/edit?tooLarge");
        }
    }

    private static Matcher uploadTarget(HttpServletRequest request) {
        return CASE_UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    }

    static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException || t.getClass().getName().endsWith("SizeLimitExceededException")
                    || t.getClass().getName().endsWith("FileSizeLimitExceededException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
