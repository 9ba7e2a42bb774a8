package cn.jiangxin.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Requests for an address no controller serves, whatever the method. The security rules let these through, so an
 * unknown address answers 404 to a visitor too instead of asking them to log in for a page that does not exist;
 * every address that does exist keeps its rule.
 */
@Component
public class UnknownAddresses implements RequestMatcher {

    private final ApplicationContext context;
    private volatile List<PathPattern> known;

    UnknownAddresses(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        PathContainer path;
        try {
            path = RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication();
        } catch (IllegalArgumentException malformed) {
            return true;
        }
        return known().stream().noneMatch(p -> p.matches(path));
    }

    /** The mapped paths, read once the controllers are known (after the security filters were built). */
    private List<PathPattern> known() {
        List<PathPattern> patterns = known;
        if (patterns == null) {
            patterns = context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().stream()
                    .flatMap(m -> m.getHandlerMethods().keySet().stream())
                    .flatMap(info -> info.getPatternValues().stream())
                    .distinct()
                    .map(PathPatternParser.defaultInstance::parse)
                    .toList();
            known = patterns;
        }
        return patterns;
    }
}
