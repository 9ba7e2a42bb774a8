package cn.jiangxin.nomination;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.TestAccounts;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Demo accounts as the services see them, and a person of the officer's unit (the demo school). */
final class DemoCase {

    private DemoCase() {
    }

    static CurrentUser user(UserDetailsService users, String username) {
        return TestAccounts.signedIn(users, username);
    }

    /** The reviewer holding the case confirms every achievement, as passing it requires. */
    static void confirmAll(CaseReview review, CurrentUser reviewer, long id) {
        var n = review.caseOf(id);
        n.draft().achievements().forEach(a -> review.verify(reviewer, id, a.index(), AchievementCheck.Outcome.CONFIRMED, ""));
    }

    /** 李娜 of 北京市朝阳区职业技能培训学校, the unit of “officer”. */
    static long personOfOfficer(People people, UserDetailsService users) {
        return people.search(user(users, "officer"), "李娜", null).get(0).id();
    }
}
