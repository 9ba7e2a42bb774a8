package cn.jiangxin.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute lifetime of a signed-in session ({@code jiangxin.security.session-absolute-lifetime}, 12 hours by
 * default): the idle timeout alone would let a session that is always in use live for ever. It counts from the
 * session's first request after signing in, in real time like the idle timeout, not on the application clock, which
 * demos and tests move by days; a session past it is ended and the request goes on as anonymous, so a page that needs
 * a login sends the browser to sign in again.
 */
class SessionLifetime extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "jx.signedInAt";

    private final Clock clock;
    private final Duration lifetime;

    SessionLifetime(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.getPrincipal() instanceof AccountPrincipal) {
            Instant now = clock.instant();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn)) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (!now.isBefore(signedIn.plus(lifetime))) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
