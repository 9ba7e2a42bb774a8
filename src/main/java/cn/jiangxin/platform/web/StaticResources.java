package cn.jiangxin.platform.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own prefixes only ({@code spring.web.resources.add-mappings=false} turns off the default
 * {@code /**} mapping). With {@code /**}, the resource chain's URL encoding looked every link of every page up as a
 * file in the jar, uncached when absent: under load most of a list page's time (bench/README.md). The webjars keep
 * their version-free addresses through the locator.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/");
    }

    /**
     * Any other address no controller serves: the 404 it had under the old {@code /**} mapping, after the language
     * switch has run (so {@code ?lang=en} words the error page), and without a file lookup.
     */
    @Bean
    SimpleUrlHandlerMapping unknownAddressMapping() {
        HttpRequestHandler notFound = (request, response) -> {
            throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()),
                    request.getRequestURI().substring(request.getContextPath().length()), "");
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/**", notFound), Ordered.LOWEST_PRECEDENCE);
        mapping.setInterceptors(LocaleConfiguration.languageSwitch());
        return mapping;
    }
}
