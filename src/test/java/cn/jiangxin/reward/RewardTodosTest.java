package cn.jiangxin.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.payment.PaymentBatch;
import java.util.List;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.ListPages;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reward to-dos: each count is the total of the list its link opens, for finance, a training unit's officer and
 * a talent; approval is urgent; a user of none of these roles has none. Counts are compared with the lists at the same
 * moment, as the work page and the list would show them.
 */
@JiangxinTest
class RewardTodosTest {


    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Allocations allocations;
    @Autowired AccountRegistry accounts;
    @Autowired PolicyVersions versions;
    @Autowired JdbcClient jdbc;
    @Autowired RewardGrants grants;
    @Autowired RewardCases cases;
    @Autowired PaymentBatches batches;
    @Autowired RewardTodos todos;
    @Autowired UserDetailsService details;
    @Autowired MessageSource messages;

    RewardFixture fx;

    @BeforeEach
    void setUp() {
        fx = new RewardFixture(jdbc, staff, people, accounts, allocations, versions);
        fx.fundBudget();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void financeCountsAgreeWithTheListsTheyLinkToAndApprovalIsUrgent() throws Exception {
        String token = RewardFixture.token();
        var certified = fx.golds(token, 3);
        grants.grant(certified);
        String name = people.find(certified.personId()).orElseThrow().name();
        CurrentUser talent = fx.talent("talent-" + token, name);
        List<RewardCase> own = cases.ofBeneficiary(talent, BeneficiaryKind.PERSON);
        own.forEach(c -> cases.enterBankDetails(talent, c.id(), RewardFixture.bank(name)));
        PaymentBatch approved = batches.build(fx.user(Staff.FINANCE2), List.of(own.get(0).id()), token + "-a");
        batches.approve(fx.user(Staff.FINANCE), approved.id(), token + "-a-ok");
        mvc.perform(get("/rewards/batches/{id}/export", approved.id()).with(staff.as(Staff.FINANCE)))
                .andExpect(status().isOk());
        batches.build(fx.user(Staff.FINANCE2), List.of(own.get(1).id()), token + "-b");

        List<Todo> finance = as(Staff.FINANCE);
        assertThat(finance).extracting(Todo::label)
                .containsExactly("todo.finance.toBatch", "todo.finance.toApprove", "todo.finance.toRecord");
        assertThat(finance).allMatch(t -> t.section() == Section.FINANCE);
        assertThat(finance.get(0).href()).isEqualTo("/rewards?state=READY");
        assertThat(finance.get(1).href()).isEqualTo("/rewards/batches?state=SUBMITTED&maker=others");
        assertThat(finance.get(2).href()).isEqualTo("/rewards/batches?state=APPROVED&exported=yes");
        assertThat(finance.get(0).count()).isPositive();
        assertThat(finance.get(1).count()).isPositive();
        assertThat(finance.get(1).alarming()).isTrue();
        assertThat(finance.get(2).count()).isPositive();
        for (Todo todo : finance) {
            assertThat(todo.count()).as(todo.label()).isEqualTo(listTotal(todo.href(), Staff.FINANCE));
            assertThat(messages.getMessage(todo.label(), null, java.util.Locale.SIMPLIFIED_CHINESE)).isNotBlank();
            assertThat(messages.getMessage(todo.label(), null, java.util.Locale.ENGLISH)).isNotBlank();
        }
        Todo makersApproval = as(Staff.FINANCE2).get(1);
        assertThat(makersApproval.count()).as("the maker may not approve their own batches")
                .isEqualTo(listTotal(makersApproval.href(), Staff.FINANCE2))
                .isEqualTo(submitted("") - submitted(Staff.FINANCE2));
    }

    @Test
    void theUnitAndTheTalentAreAskedForTheirBankAccountsAndOthersGetNothing() throws Exception {
        String token = RewardFixture.token();
        var certified = fx.golds(token, 2);
        grants.grant(certified);
        CurrentUser talent = fx.talent("talent-" + token, people.find(certified.personId()).orElseThrow().name());

        Todo unit = as(Staff.OFFICER).stream().filter(t -> t.section() == Section.UNIT).findFirst().orElseThrow();
        assertThat(unit.label()).isEqualTo("todo.unit.bankDetails");
        assertThat(unit.href()).isEqualTo("/unit/rewards?state=AWAITING_BANK_DETAILS");
        assertThat(unit.count()).isGreaterThanOrEqualTo(2).isEqualTo(listTotal(unit.href(), Staff.OFFICER));

        List<Todo> own = as(talent.username());
        assertThat(own).singleElement().satisfies(t -> {
            assertThat(t.section()).isEqualTo(Section.TALENT);
            assertThat(t.href()).isEqualTo("/my/rewards?state=AWAITING_BANK_DETAILS");
            assertThat(t.count()).isEqualTo(2);
        });
        assertThat(listTotal(own.get(0).href(), talent.username())).isEqualTo(2);

        assertThat(as(Staff.REVIEWER)).isEmpty();
        SecurityContextHolder.clearContext();
        assertThat(todos.waitingForCurrentUser()).as("nobody signed in").isEmpty();
    }

    /** The to-dos of that user, signed in as the work page would see them. */
    private List<Todo> as(String username) {
        staff.signedIn(username);
        UserDetails user = details.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return todos.waitingForCurrentUser();
    }

    private long listTotal(String href, String username) throws Exception {
        String html = mvc.perform(get(href).with(staff.as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        return ListPages.total(html);
    }

    /** Batches awaiting approval, made by that user or ("") by anyone. */
    private long submitted(String maker) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_batch WHERE state = 'SUBMITTED' AND (? = '' OR maker_name = ?)")
                .params(maker, maker).query(Long.class).single();
    }
}
