package cn.jiangxin.identity;

import org.springframework.stereotype.Component;

/**
 * How pages name the user behind a user name (who recorded, published, issued): the person's name with the user
 * name in brackets, 陈静 (finance); a name that is no account (the system, a visitor) as it is. Templates call it as
 * {@code ${@accountNames.of(name)}}.
 */
@Component("accountNames")
class AccountNames {

    private final AccountStore store;

    AccountNames(AccountStore store) {
        this.store = store;
    }

    /** Public for the templates, which call it through Spring's expression language. */
    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return store.displayName(username).filter(name -> !name.isBlank() && !name.equals(username))
                .map(name -> name + " (" + username + ")").orElse(username);
    }
}
