package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.PdfBytes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * An upload from the form page carries what was typed (the page's script puts the form, URL-encoded, in
 * {@code draft}): it is saved before the file is taken, and a form that cannot be saved comes back as typed.
 */
@JiangxinTest
class UploadWithTheFormTest {

    static final byte[] PDF = PdfBytes.minimal();

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired Nominations nominations;
    @Autowired People people;

    CurrentUser officer;
    long id;

    @BeforeEach
    void aFreshDraft() {
        officer = staff.officer();
        id = nominations.open(officer, TestPeople.register(people, officer, "上传乙", Sex.FEMALE));
    }

    @Test
    void theTypedFormIsSavedFirstAndTheEvidenceGoesToTheAchievementOfTheChosenRow() throws Exception {
        String typed = encoded("_csrf", "x", "ethnicity", "满族", "occupation", "数控车工", "skillLevel", "LEVEL_2",
                "retirementCategory", "FEMALE_55", "achievements[0].kind", "", "achievements[0].description", "",
                "achievements[1].kind", "COMPETITION", "achievements[1].competition", "BEIJING",
                "achievements[1].place", "1", "achievements[1].achievedOn", "2025-06-18",
                "achievements[1].description", "北京市职业技能大赛 数控车项目第一名 & 金牌",
                "accomplishments", "带徒十余人", "unitOpinion", "", "trainingUnitId", "");
        mvc.perform(upload("EVIDENCE", "1").param("draft", typed))
                .andExpect(redirectedUrl("/nominations/" + id + "/edit"))
                .andExpect(flash().attribute("saved", true))
                .andExpect(flash().attribute("uploaded", "证书.pdf"));

        NominationView n = nominations.requireVisible(officer, id);
        assertThat(n.draft().ethnicity()).isEqualTo("满族");
        assertThat(n.draft().occupation()).isEqualTo("数控车工");
        assertThat(n.draft().skillLevel()).isEqualTo(SkillLevel.LEVEL_2);
        assertThat(n.draft().accomplishments()).isEqualTo("带徒十余人");
        assertThat(n.draft().achievements()).singleElement().satisfies(a -> {
            assertThat(a.index()).isZero();
            assertThat(a.description()).isEqualTo("北京市职业技能大赛 数控车项目第一名 & 金牌");
        });
        assertThat(nominations.filesOf(id)).singleElement()
                .satisfies(f -> assertThat(f.achievementIndex()).as("row 2 of the form is achievement 1").isZero());
    }

    @Test
    void aFormThatCannotBeSavedComesBackAsTypedAndTheFileIsNotTaken() throws Exception {
        String typed = encoded("ethnicity", "回族", "achievements[0].kind", "COMPETITION",
                "achievements[0].competition", "BEIJING", "achievements[0].place", "第二",
                "achievements[0].achievedOn", "2025-06-18", "accomplishments", "<b>带徒</b>");
        String html = mvc.perform(upload("STAMPED_FORM", null).param("draft", typed)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("upload-error").text()).contains("文件没有上传");
        assertThat(page.select("#ethnicity option[selected]").val()).isEqualTo("回族");
        assertThat(page.getElementById("achievements0.place").val()).isEqualTo("第二");
        assertThat(page.getElementById("achievements0.place").hasClass("is-invalid")).isTrue();
        assertThat(page.getElementById("accomplishments").val()).isEqualTo("<b>带徒</b>");
        assertThat(nominations.filesOf(id)).isEmpty();
        assertThat(nominations.requireVisible(officer, id).draft().ethnicity()).isEmpty();
    }

    @Test
    void aDraftFieldThatIsNoFormIsRefusedWithAMessageAndChangesNothing() throws Exception {
        for (String bad : new String[] {"ethnicity=%zz", "achievements%5B100000%5D.kind=HONOR",
                "achievements%5B-1%5D.kind=HONOR", "x=1&".repeat(EncodedNominationForm.MAX_FIELDS)}) {
            String html = mvc.perform(upload("STAMPED_FORM", null).param("draft", bad)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(html).getElementById("upload-error").text()).as(bad).contains("文件没有上传");
        }
        assertThat(nominations.filesOf(id)).isEmpty();
    }

    @Test
    void withoutTheFormTheUploadLeavesTheDraftAlone() throws Exception {
        mvc.perform(upload("STAMPED_FORM", null)).andExpect(flash().attribute("uploaded", "证书.pdf"))
                .andExpect(flash().attributeCount(1));
        assertThat(nominations.filesOf(id)).hasSize(1);
    }

    private MockMultipartHttpServletRequestBuilder upload(String kind, String achievement) {
        var request = multipart("/nominations/{id}/files", id)
                .file(new MockMultipartFile("file", "证书.pdf", "application/pdf", PDF))
                .param("kind", kind).with(csrf()).with(staff.as(Staff.OFFICER));
        if (achievement != null) {
            request.param("achievement", achievement);
        }
        return request;
    }

    /** What the page's script sends: the form's fields, URL-encoded. */
    private static String encoded(String... pairs) {
        StringJoiner out = new StringJoiner("&");
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
