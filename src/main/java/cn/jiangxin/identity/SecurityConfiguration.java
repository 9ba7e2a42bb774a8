package cn.jiangxin.identity;

import java.time.Clock;
import java.time.Duration;

import cn.jiangxin.platform.web.UnknownAddresses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/", "/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
        "/public/**", "/self-check", "/self-check/**", "/verify", "/verify/**", "/actuator/health", "/v3/api-docs", "/v3/api-docs/**",
        "/swagger-ui.html", "/swagger-ui/**", "/api/v1/cards/keys", "/api/v1/cards/revocations"
    };

    @Bean
    SecurityFilterChain web(HttpSecurity http, @Value("${jiangxin.eligibility-api.public:false}") boolean apiPublic,
            ApiTokens tokens, AccountStore accountStore, java.time.Clock clock, UnknownAddresses unknownAddresses, PasswordLogin passwordLogin,
            AuthenticationEventPublisher authenticationEvents,
            @Value("${jiangxin.security.session-absolute-lifetime:12h}") Duration sessionLifetime)
            throws Exception {
        // the only way to sign in with a password: no fallback to another provider that would skip the lockout
        ProviderManager authentication = new ProviderManager(passwordLogin);
        authentication.setAuthenticationEventPublisher(authenticationEvents);
        PathPatternRequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(a -> {
            a.requestMatchers(PUBLIC_PATHS).permitAll();
            // an address no controller serves is 404 for everybody, rather than a login for a page that does not exist
            a.requestMatchers(unknownAddresses).permitAll();
            if (apiPublic) {
                a.requestMatchers("/api/v1/eligibility/**").permitAll();
            } else {
                a.requestMatchers("/api/v1/eligibility/**").hasAnyRole(ApiTokenAuthentication.API_CLIENT,
                        Role.REVIEWER.name(), Role.APPROVER.name(), Role.POLICY_ADMIN.name(), Role.SYSTEM_ADMIN.name());
            }
            a.requestMatchers("/admin/**").hasRole(Role.SYSTEM_ADMIN.name());
            a.anyRequest().authenticated();
        })
                .authenticationManager(authentication)
                .addFilterBefore(new ApiTokenAuthentication(tokens, accountStore, clock),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionLifetime(Clock.systemUTC(), sessionLifetime), AnonymousAuthenticationFilter.class)
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies("SESSION", "JSESSIONID"))
                .csrf(c -> c.ignoringRequestMatchers("/api/v1/eligibility/**", "/api/v1/cards/**"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                        + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
