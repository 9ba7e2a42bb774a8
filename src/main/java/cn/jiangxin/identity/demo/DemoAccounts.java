package cn.jiangxin.identity.demo;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: one Bureau account per staff role, all with the demo password from the README. The unit officers
 * come with the demo units ({@code DemoUnits}); the talent “talent” is the demo medallist's account, opened when his
 * case is submitted and named by {@link DemoLogins}.
 */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    private final AccountRegistry accounts;

    DemoAccounts(AccountRegistry accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        create("admin", "系统管理员（演示）", Role.SYSTEM_ADMIN);
        create("policy", "政策科 周敏", Role.POLICY_ADMIN);
        create("reviewer", "审核员 李晓", Role.REVIEWER);
        create("reviewer2", "审核员 王强", Role.REVIEWER);
        create("approver", "科长 陈静", Role.APPROVER);
        create("finance", "财务制单 刘洋", Role.FINANCE);
        create("finance2", "财务复核 赵雪", Role.FINANCE);
        create("provider", "朝阳公园服务点", Role.PROVIDER);
        create("clinic", "朝阳区体检中心", Role.PROVIDER);
    }

    private void create(String username, String name, Role role) {
        if (!accounts.exists(username)) {
            accounts.create(new NewAccount(username, name, DemoLogins.DEMO_PASSWORD, Set.of(role), null, false));
        }
    }
}
