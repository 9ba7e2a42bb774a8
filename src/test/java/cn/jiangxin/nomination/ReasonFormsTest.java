package cn.jiangxin.nomination;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The actions that need a written reason show only to the role that may take them, in the state that allows it. */
@JiangxinTest
class ReasonFormsTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired Nominations nominations;
    @Autowired People people;

    @Test
    void aDraftOffersWithdrawalToItsOfficerAndNothingToReviewersOrApprovers() throws Exception {
        var officer = staff.officer();
        long id = nominations.open(officer, TestPeople.register(people, officer, "邵丽娜", Sex.FEMALE));
        mvc.perform(get("/nominations/{id}", id).with(staff.as(Staff.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"action-WITHDRAW\"")))
                .andExpect(content().string(containsString("<label for=\"reason-WITHDRAW\"")))
                .andExpect(content().string(not(containsString("action-RETURN"))))
                .andExpect(content().string(not(containsString("action-REJECT"))));
        for (String name : new String[] {Staff.REVIEWER, Staff.APPROVER}) {
            // the draft is the unit's own until it is submitted: staff get no page and no form
            mvc.perform(get("/nominations/{id}", id).with(staff.as(name))).andExpect(status().isNotFound());
        }
    }
}
