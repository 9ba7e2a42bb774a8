package cn.jiangxin.identity;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * How pages name the user behind a user name (who recorded, published, issued): the person's name with the user
 * name in brackets, 陈静 (finance); a name that is no account (the system, a visitor) as it is. Templates call it as
 * {@code ${@accountNames.of(name)}}, often once a row for the same few names, so each name is looked up once a request.
 */
@Component("accountNames")
public class AccountNames {

    private static final String NAMED = AccountNames.class.getName();

    private final AccountStore store;

    AccountNames(AccountStore store) {
        this.store = store;
    }

    /** Public for the templates, which call it through Spring's expression language. */
    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return namedThisRequest().computeIfAbsent(username, this::lookUp);
    }

    private String lookUp(String username) {
        return store.displayName(username).filter(name -> !name.isBlank() && !name.equals(username))
                .map(name -> name + " (" + username + ")").orElse(username);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> namedThisRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashMap<>();
        }
        Object named = request.getAttribute(NAMED, RequestAttributes.SCOPE_REQUEST);
        if (named == null) {
            named = new HashMap<String, String>();
            request.setAttribute(NAMED, named, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, String>) named;
    }
}
