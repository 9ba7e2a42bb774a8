package cn.jiangxin.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every unit and person page and GET endpoint against anonymous and every role. {A}/{B} are the units of
 * t-officer-a and t-officer-b, {pA}/{pB} a person in each: an officer asking for the other unit's data gets 404.
 */
@JiangxinTest
class RegistryAccessTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Units units;
    @Autowired People people;
    @Autowired AccountRegistry accounts;

    RegistryFixture fixture;

    @BeforeEach
    void load() {
        fixture = RegistryFixture.load(units, people, accounts);
    }

    @ParameterizedTest(name = "{0} GET {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            anonymous   | /units             | 302
            anonymous   | /units/{A}         | 302
            anonymous   | /people            | 302
            anonymous   | /people/{pA}       | 302
            anonymous   | /api/v1/units/{A}  | 401
            anonymous   | /api/v1/people/{pA}| 401
            anonymous   | /api/v1/people?q=z | 401
            t-admin     | /units             | 200
            t-admin     | /units?q=甲         | 200
            t-admin     | /units/new         | 200
            t-admin     | /units/{A}         | 200
            t-admin     | /units/{B}/edit    | 200
            t-admin     | /people            | 200
            t-admin     | /people/new        | 200
            t-admin     | /people/{pB}       | 200
            t-admin     | /people/{pB}/edit  | 200
            t-admin     | /api/v1/units/{B}  | 200
            t-admin     | /api/v1/people/{pB}| 200
            t-admin     | /api/v1/people?q=zw| 200
            t-reviewer  | /units             | 200
            t-reviewer  | /units/new         | 403
            t-reviewer  | /units/{A}         | 200
            t-reviewer  | /units/{A}/edit    | 403
            t-reviewer  | /people            | 200
            t-reviewer  | /people/new        | 403
            t-reviewer  | /people/{pA}       | 200
            t-reviewer  | /people/{pA}/edit  | 403
            t-reviewer  | /api/v1/units/{B}  | 200
            t-reviewer  | /api/v1/people/{pB}| 200
            t-approver  | /units             | 200
            t-approver  | /units/{B}         | 200
            t-approver  | /units/new         | 403
            t-approver  | /people/{pB}       | 200
            t-approver  | /people/{pB}/edit  | 403
            t-approver  | /api/v1/people/{pA}| 200
            t-finance   | /units             | 403
            t-finance   | /units/{A}         | 403
            t-finance   | /people            | 403
            t-finance   | /people/{pA}       | 403
            t-finance   | /api/v1/units/{A}  | 403
            t-finance   | /api/v1/people/{pA}| 403
            t-policy    | /units             | 403
            t-policy    | /people/{pA}       | 403
            t-policy    | /api/v1/people?q=z | 403
            t-provider  | /units/{A}         | 403
            t-provider  | /people            | 403
            t-provider  | /api/v1/units/{A}  | 403
            t-talent    | /units/{A}         | 403
            t-talent    | /people/{pA}       | 403
            t-talent    | /api/v1/people/{pA}| 403
            t-officer-a | /units             | 302
            t-officer-a | /units/new         | 403
            t-officer-a | /units/{A}         | 200
            t-officer-a | /units/{A}/edit    | 200
            t-officer-a | /units/{B}         | 404
            t-officer-a | /units/{B}/edit    | 404
            t-officer-a | /units/999999      | 404
            t-officer-a | /people            | 200
            t-officer-a | /people/new        | 200
            t-officer-a | /people/{pA}       | 200
            t-officer-a | /people/{pA}/edit  | 200
            t-officer-a | /people/{pB}       | 404
            t-officer-a | /people/{pB}/edit  | 404
            t-officer-a | /api/v1/units/{A}  | 200
            t-officer-a | /api/v1/units/{B}  | 404
            t-officer-a | /api/v1/people/{pA}| 200
            t-officer-a | /api/v1/people/{pB}| 404
            t-officer-b | /units/{B}         | 200
            t-officer-b | /units/{A}         | 404
            t-officer-b | /units/{A}/edit    | 404
            t-officer-b | /people/{pA}       | 404
            t-officer-b | /people/{pA}/edit  | 404
            t-officer-b | /api/v1/units/{A}  | 404
            t-officer-b | /api/v1/people/{pA}| 404
            """)
    void answersEveryRoleAsTheScopeRulesSay(String who, String path, int expected) throws Exception {
        String url = resolve(path);
        MockHttpServletRequestBuilder request = get(url)
                .accept(url.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        mvc.perform(as(who, request)).andExpect(status().is(expected));
    }

    String resolve(String path) {
        return path.replace("{A}", "" + fixture.unitA).replace("{B}", "" + fixture.unitB)
                .replace("{pA}", "" + fixture.personA).replace("{pB}", "" + fixture.personB);
    }

    MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
        return "anonymous".equals(who) ? request : request.with(user(users.loadUserByUsername(who)));
    }
}
