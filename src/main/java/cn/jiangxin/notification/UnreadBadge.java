package cn.jiangxin.notification;

import cn.jiangxin.identity.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every rendered page the signed-in user's unread count for the bell in the navigation bar ({@code
 * unreadNotifications}); redirects, downloads and API answers, which render no page, cost no query.
 */
@Configuration(proxyBeanMethods = false)
class UnreadBadge implements WebMvcConfigurer, HandlerInterceptor {

    static final String ATTRIBUTE = "unreadNotifications";

    private final Notifications notifications;
    private final CurrentUsers users;

    UnreadBadge(Notifications notifications, CurrentUsers users) {
        this.notifications = notifications;
        this.users = users;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**", "/img/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView mav) {
        if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")
                || mav.getViewName().startsWith("forward:")) {
            return;
        }
        users.current().ifPresent(u -> mav.addObject(ATTRIBUTE, notifications.unreadCount(u.accountId())));
    }
}
