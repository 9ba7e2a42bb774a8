package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

@JiangxinTest
class TalentAccountsTest {

    @Autowired Staff staff;
    @Autowired TalentAccounts talents;
    @Autowired AccountRegistry accounts;
    @Autowired AccountDirectory directory;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;

    /** A person id no account names yet (account.person_id is not a foreign key: identity knows no person table). */
    static long freshPersonId() {
        return 10_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    @Test
    void aPersonGetsOneTalentAccountWhoseOneTimePasswordMustBeChanged() {
        long person = freshPersonId();
        IssuedCredentials issued = talents.openFor(person, " 李四 ").orElseThrow();
        assertThat(issued.username()).matches("t\\d{7}");
        assertThat(issued.toString()).doesNotContain(issued.oneTimePassword());
        assertThat(PasswordPolicy.problem(issued.username(), issued.oneTimePassword())).isEmpty();

        AccountPrincipal principal = (AccountPrincipal) details.loadUserByUsername(issued.username());
        assertThat(principal.isMustChangePassword()).isTrue();
        assertThat(principal.getDisplayName()).isEqualTo("李四");
        assertThat(principal.toCurrentUser().roles()).containsExactly(Role.TALENT);
        assertThat(principal.toCurrentUser().personId()).isEqualTo(person);

        assertThat(talents.openFor(person, "李四")).isEmpty();
        assertThat(talents.usernameOf(person)).contains(issued.username());
        assertThat(directory.ofPerson(person)).map(AccountDirectory.Contact::displayName).contains("李四");
    }

    @Test
    void onlyAnAccountThatIsNothingButATalentsCanBeResetFromACase() {
        long person = freshPersonId();
        IssuedCredentials first = talents.openFor(person, "王五").orElseThrow();
        IssuedCredentials second = talents.resetPassword(person);
        assertThat(second.username()).isEqualTo(first.username());
        assertThat(second.oneTimePassword()).isNotEqualTo(first.oneTimePassword());

        long staffPerson = freshPersonId();
        long id = accounts.create(new NewAccount("talent-and-reviewer", "兼任", "Reviewer-2026x",
                Set.of(Role.TALENT, Role.REVIEWER), null, false));
        jdbc.sql("UPDATE account SET person_id = ? WHERE id = ?").params(staffPerson, id).update();
        assertThatThrownBy(() -> talents.resetPassword(staffPerson)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> talents.resetPassword(freshPersonId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void oneTimePasswordsAreTwelveReadableCharactersThatPassThePolicy() {
        for (int i = 0; i < 2000; i++) {
            String p = OneTimePasswords.generate();
            assertThat(p).hasSize(12).matches("[A-HJ-NP-Za-km-z2-9]+");
            assertThat(PasswordPolicy.problem("t2345678", p)).isEmpty();
        }
    }

    @Test
    void theDirectoryFindsEnabledOfficersOfAUnitAndEveryoneInARole() {
        CurrentUser officer = staff.officer();
        assertThat(directory.officersOf(officer.unitId())).extracting(AccountDirectory.Contact::accountId)
                .contains(officer.accountId());
        CurrentUser officer2 = staff.officer2();
        assertThat(directory.officersOf(officer.unitId())).extracting(AccountDirectory.Contact::accountId)
                .doesNotContain(officer2.accountId());
        long reviewer = accounts.create(new NewAccount("directory-reviewer", "待停用", "Reviewer-2026x",
                Set.of(Role.REVIEWER), null, false));
        assertThat(directory.withRole(Role.REVIEWER)).extracting(AccountDirectory.Contact::accountId).contains(reviewer);
        accounts.setEnabled(reviewer, false);
        assertThat(directory.withRole(Role.REVIEWER)).extracting(AccountDirectory.Contact::accountId)
                .doesNotContain(reviewer);
    }
}
