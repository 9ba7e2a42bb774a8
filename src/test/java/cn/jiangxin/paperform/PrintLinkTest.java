package cn.jiangxin.paperform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.Cases;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The link to print the form stands where the signed and stamped scan of it is uploaded, with what to do with the
 * print: on the form page beside the upload, on the case page above the case's files while the unit may still upload.
 */
@JiangxinTest
class PrintLinkTest {

    private static final String HELP = "打印后由单位负责人签字、加盖公章，再扫描上传。";

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired Nominations nominations;
    @Autowired ApplicationContext context;
    @Autowired People people;

    @Test
    void onTheFormPageThePrintLinkStandsRightAboveTheStampedScansUpload() throws Exception {
        CurrentUser officer = staff.officer();
        long id = nominations.open(officer, TestPeople.register(people, officer, "打印甲", Sex.FEMALE));

        Document form = page("/nominations/" + id + "/edit", Staff.OFFICER);
        Element line = form.getElementById("print-form-line");
        assertThat(line.getElementById("print-form").attr("href")).isEqualTo("/nominations/" + id + "/form.pdf");
        assertThat(line.getElementById("print-form-help").text()).isEqualTo(HELP);
        Element upload = line.nextElementSibling();
        assertThat(upload.id()).isEqualTo("upload-form");
        assertThat(upload.select("#upload-kind option").first().val()).as("the upload offered first is the stamped scan")
                .isEqualTo("STAMPED_FORM");
        assertThat(upload.getElementById("upload-achievement")).isNotNull();
    }

    @Test
    void onTheCasePageTheUnitIsToldWhatToDoWithThePrintWhileItMayUploadAndStaffOnlyGetTheLink() throws Exception {
        CurrentUser officer = staff.officer();
        long id = nominations.open(officer, TestPeople.register(people, officer, "打印乙", Sex.FEMALE));

        Element line = page("/nominations/" + id, Staff.OFFICER).getElementById("print-form-line");
        assertThat(line.getElementById("print-form").attr("href")).isEqualTo("/nominations/" + id + "/form.pdf");
        assertThat(line.getElementById("print-form-help").text()).isEqualTo(HELP);
        assertThat(line.getElementById("upload-stamped").attr("href")).isEqualTo("/nominations/" + id + "/edit#upload-form");
        assertThat(line.nextElementSibling().text()).as("right above the case's files").isEqualTo("附件");

        Cases cases = Cases.of(context);
        cases.fill(officer, id, Cases.complete());
        cases.submit(officer, id);
        for (String user : new String[] {Staff.OFFICER, Staff.REVIEWER}) {
            Element submitted = page("/nominations/" + id, user).getElementById("print-form-line");
            assertThat(submitted.getElementById("print-form")).as(user).isNotNull();
            assertThat(submitted.getElementById("print-form-help")).as(user + ": nothing more to upload").isNull();
            assertThat(submitted.getElementById("upload-stamped")).as(user).isNull();
        }
    }

    private Document page(String url, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(staff.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
