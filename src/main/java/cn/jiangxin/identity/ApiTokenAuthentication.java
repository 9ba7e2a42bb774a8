package cn.jiangxin.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer jx_...} on an API request authenticates the calling system, or the venue account the
 * token was issued to, for that request only.
 */
class ApiTokenAuthentication extends OncePerRequestFilter {

    static final String API_CLIENT = "API_CLIENT";

    private final ApiTokens tokens;
    private final AccountStore accounts;
    private final java.time.Clock clock;

    ApiTokenAuthentication(ApiTokens tokens, AccountStore accounts, java.time.Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var client = tokens.clientFor(header.substring(7).strip());
            if (client.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType("application/problem+json;charset=UTF-8");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"API令牌无效或已吊销\"}");
                return;
            }
            if (client.get().accountUsername() != null) {
                // a venue's token acts as the venue's account, as long as that account may sign in
                var principal = accounts.principal(client.get().accountUsername(), clock.instant())
                        .filter(p -> p.isEnabled());
                if (principal.isEmpty()) {
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                    response.setContentType("application/problem+json;charset=UTF-8");
                    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"API令牌所属账号已停用\"}");
                    return;
                }
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        principal.get(), null, principal.get().getAuthorities()));
            } else {
                var auth = UsernamePasswordAuthenticationToken.authenticated("api:" + client.get().name(), null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + API_CLIENT)));
                SecurityContextHolder.getContext().setAuthentication(auth);
            }
        }
        chain.doFilter(request, response);
    }
}
