package cn.jiangxin.identity;

import java.util.Set;

import cn.jiangxin.platform.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No default secrets: on the first start outside the demo profile, the administrator gets a random one-time
 * password, printed once to the console and never stored in clear. It must be changed at first login.
 */
@Component
@Profile("!demo")
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRegistry accounts;

    FirstAdministrator(AccountRegistry accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyWithRole(Role.SYSTEM_ADMIN) || accounts.exists("admin")) {
            return;
        }
        String password = OneTimePasswords.generate();
        try {
            accounts.create(new NewAccount("admin", "系统管理员", password, Set.of(Role.SYSTEM_ADMIN), null, true));
        } catch (RuleViolationException raceWithAnotherNode) {
            return;
        }
        log.info("Created the first administrator account 'admin'; its one-time password is on the console.");
        System.out.println("""

                ================================================================
                 Jiangxin first start: administrator account created
                   user name:          admin
                   one-time password:  %s
                 Change it at first login. It will not be shown again.
                ================================================================
                """.formatted(password));
    }
}
