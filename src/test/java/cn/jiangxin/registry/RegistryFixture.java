package cn.jiangxin.registry;

import java.time.LocalDate;
import java.util.Set;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonDraft;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.testsupport.TestAccounts;
import cn.jiangxin.unit.UnifiedSocialCreditCode;
import cn.jiangxin.unit.UnitDraft;
import cn.jiangxin.unit.Units;

/** Two units A and B, one person in each, and an account per role (officers of A and of B). Idempotent. */
final class RegistryFixture {

    static final String PASSWORD = "fixture-pass-2025";
    static final String CODE_A = "91110105MA01C2D3XK";
    static final String CODE_B = "52110105MJ0123456N";
    static final String ID_A = "110105198503121234";
    static final String ID_B = "11010519920615224X";
    static final CurrentUser ROOT = new CurrentUser(0, "fixture", "fixture", Set.of(Role.SYSTEM_ADMIN), null);

    long unitA;
    long unitB;
    long personA;
    long personB;

    static RegistryFixture load(Units units, People people, AccountRegistry accounts) {
        RegistryFixture f = new RegistryFixture();
        f.unitA = unit(units, "甲单位精密制造有限公司", "EMPLOYER", CODE_A);
        f.unitB = unit(units, "乙单位职业技能培训学校", "SCHOOL", CODE_B);
        f.personA = person(people, "张伟", ID_A, f.unitA);
        f.personB = person(people, "李娜", ID_B, f.unitB);
        account(accounts, "t-admin", Role.SYSTEM_ADMIN, null);
        account(accounts, "t-reviewer", Role.REVIEWER, null);
        account(accounts, "t-approver", Role.APPROVER, null);
        account(accounts, "t-finance", Role.FINANCE, null);
        account(accounts, "t-policy", Role.POLICY_ADMIN, null);
        account(accounts, "t-provider", Role.PROVIDER, null);
        account(accounts, "t-talent", Role.TALENT, null);
        account(accounts, "t-officer-a", Role.UNIT_OFFICER, f.unitA);
        account(accounts, "t-officer-b", Role.UNIT_OFFICER, f.unitB);
        return f;
    }

    private static long unit(Units units, String name, String kind, String code) {
        return units.find(UnifiedSocialCreditCode.parse(code)).map(u -> u.id()).orElseGet(() -> units.register(ROOT,
                UnitDraft.of(name, kind, code, "110105", "北京市朝阳区测试路1号", "测试联系人", "010-65090443")));
    }

    private static long person(People people, String name, String id, long unitId) {
        ResidentIdNumber number = ResidentIdNumber.parse(id, LocalDate.of(2026, 11, 25));
        return people.find(number).map(p -> p.id()).orElseGet(() -> people.register(ROOT,
                PersonDraft.of(name, id, "13800138000", unitId, LocalDate.of(2026, 11, 25))));
    }

    private static void account(AccountRegistry accounts, String username, Role role, Long unitId) {
        if (!accounts.exists(username)) {
            accounts.create(new NewAccount(username, username, PASSWORD, Set.of(role), unitId, false));
        }
    }
}
