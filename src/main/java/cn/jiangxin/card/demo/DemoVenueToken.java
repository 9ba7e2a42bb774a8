package cn.jiangxin.card.demo;

import cn.jiangxin.identity.AccountApiTokens;
import cn.jiangxin.identity.DemoLogins;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the demo venue “provider” has the card API token the contract names ({@value #TOKEN}), stored
 * hashed like any other. No such token exists outside the demo.
 */
@Component
@Profile("demo")
@Order(2)
class DemoVenueToken implements ApplicationRunner {

    static final String TOKEN = "jx-demo-venue-2025";

    private final AccountApiTokens tokens;
    private final DemoLogins logins;

    DemoVenueToken(AccountApiTokens tokens, DemoLogins logins) {
        this.tokens = tokens;
        this.logins = logins;
    }

    @Override
    public void run(ApplicationArguments args) {
        tokens.ensure(logins.as("provider", user -> user.accountId()), TOKEN);
    }
}
