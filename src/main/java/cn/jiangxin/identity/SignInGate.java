package cn.jiangxin.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Finishes signing in before anything else is reachable: a one-time password must be changed first; an account
 * with a second factor must enter its code in this session; Bureau staff without one must enrol when the
 * deployment requires it ({@code jiangxin.security.staff-second-factor}).
 */
@Configuration(proxyBeanMethods = false)
class SignInGate implements WebMvcConfigurer, HandlerInterceptor {

    static final String SECOND_FACTOR_PASSED = "jx.secondFactorPassed";

    private final boolean staffMustUseSecondFactor;

    SignInGate(@Value("${jiangxin.security.staff-second-factor:true}") boolean staffMustUseSecondFactor) {
        this.staffMustUseSecondFactor = staffMustUseSecondFactor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/logout", "/login", "/login/**", "/webjars/**", "/css/**",
                "/js/**", "/img/**", "/error", "/error/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal p)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String target = heldAt(p, request.getSession(false));
        if (target == null || path.equals(target) || path.startsWith(target + "/")) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + target);
        return false;
    }

    /**
     * The page this account must finish signing in on before any other in that session, or null when it is signed
     * in (a page held on shows no way elsewhere: every other address leads back to it).
     */
    String heldAt(AccountPrincipal p, HttpSession session) {
        if (p.isMustChangePassword()) {
            return "/account/password";
        }
        if (!passed(session)) {
            if (p.isSecondFactorEnrolled()) {
                return "/login/second-factor";
            }
            if (staffMustUseSecondFactor && p.toCurrentUser().roles().stream().anyMatch(Role::isBureauStaff)) {
                return "/account/second-factor";
            }
        }
        return null;
    }

    static boolean passed(HttpSession session) {
        return session != null && Boolean.TRUE.equals(session.getAttribute(SECOND_FACTOR_PASSED));
    }
}
