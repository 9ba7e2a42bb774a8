package cn.jiangxin.platform.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Simplified Chinese first; {@code ?lang=en} switches to English and a cookie remembers it. Only these two are
 * meaningful: any other language, or text that is no language at all (in the parameter or the cookie), is Chinese.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new ChineseOrEnglish();
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** {@code ?lang=en} or {@code ?lang=zh_CN}; also run for unknown addresses ({@link StaticResources}). */
    static LocaleChangeInterceptor languageSwitch() {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        return interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = languageSwitch();
        // The error page keeps the language the failed request chose. It must not read parameters: after a body
        // over the size limit, every read of a parameter fails again.
        registry.addInterceptor(interceptor).excludePathPatterns("/error");
        registry.addInterceptor(new RefusalReplay());
    }

    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** Reads and remembers only Chinese or English. */
    static final class ChineseOrEnglish extends CookieLocaleResolver {

        ChineseOrEnglish() {
            super("jx-lang");
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            try {
                return supported(super.parseLocaleValue(value));
            } catch (IllegalArgumentException notALocale) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
            boolean chosen = context != null && context.getLocale() != null;
            super.setLocaleContext(request, response, chosen ? new SimpleLocaleContext(supported(context.getLocale())) : context);
        }
    }
}
