package cn.jiangxin.identity;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's roles for the navigation bar, as templates ask ({@code ${@signedIn.hasAny('REVIEWER')}}): one
 * look at the security context. The layout's two dozen {@code sec:authorize} checks each looked the expression
 * handler up among the beans by type and built a security expression, a tenth of a list page's rendering. Page
 * access itself is decided by the security configuration and the services, not here.
 */
@Component("signedIn")
class SignedInRoles {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /** Whether someone has signed in (what {@code isAuthenticated()} means: not anonymous, not remembered-only). */
    public boolean present() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && TRUST.isAuthenticated(auth);
    }

    /** Whether the signed-in user has at least one of the roles (names without {@code ROLE_}). */
    public boolean hasAny(String... roles) {
        if (!present()) {
            return false;
        }
        Set<String> granted = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        for (String role : roles) {
            if (granted.contains("ROLE_" + role)) {
                return true;
            }
        }
        return false;
    }
}
