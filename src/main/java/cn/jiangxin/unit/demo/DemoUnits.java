package cn.jiangxin.unit.demo;

import cn.jiangxin.unit.UnitDraft;
import cn.jiangxin.unit.UnitStore;
import java.util.List;
import java.util.Set;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: four Chaoyang units of different kinds and one in Haidian, and an officer account for each
 * of the first two. Runs after the staff accounts and is idempotent (the demo database survives restarts).
 */
@Component
@Profile("demo")
@Order(10)
class DemoUnits implements ApplicationRunner {

    static final List<UnitDraft> UNITS = List.of(
            UnitDraft.of("北京市朝阳区职业技能培训学校", "SCHOOL", "52110105MJ0123456N", "110105",
                    "北京市朝阳区八里庄南里21号", "孙老师", "010-65090443"),
            UnitDraft.of("北京燕京精密制造有限公司", "EMPLOYER", "91110105MA01C2D3XK", "110105",
                    "北京市朝阳区酒仙桥路10号", "钱经理", "13911112222"),
            UnitDraft.of("北京市朝阳区职业技能鉴定指导中心", "PUBLIC_INSTITUTION", "12110105400001234G", "110105",
                    "北京市朝阳区朝阳北路99号", "马主任", "010-85991234"),
            UnitDraft.of("北京市朝阳区焊接行业协会", "ASSOCIATION", "51110105MJ0045678Q", "110105",
                    "北京市朝阳区东三环中路5号", "冯秘书长", "13601234567"),
            UnitDraft.of("北京海淀智造科技有限公司", "EMPLOYER", "91110108MA04F5G6HJ", "110108",
                    "北京市海淀区中关村大街1号", "韩经理", "18612345678"));

    private final UnitStore store;
    private final AccountRegistry accounts;

    DemoUnits(UnitStore store, AccountRegistry accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (UnitDraft unit : UNITS) {
            if (store.idOf(unit.creditCode()).isEmpty()) {
                store.insert(unit);
            }
        }
        officer("officer", "培训学校 经办人 孙悦", UNITS.get(0));
        officer("officer2", "燕京精密 人事 钱程", UNITS.get(1));
    }

    private void officer(String username, String name, UnitDraft unit) {
        if (!accounts.exists(username)) {
            long unitId = store.idOf(unit.creditCode()).orElseThrow();
            accounts.create(new NewAccount(username, name, DemoLogins.DEMO_PASSWORD, Set.of(Role.UNIT_OFFICER), unitId, false));
        }
    }
}
