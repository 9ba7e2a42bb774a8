package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.jiangxin.notice.NoticeBatch;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.certification.Certification;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.IssuedCredentials;
import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.testsupport.NoticeContext;
import cn.jiangxin.testsupport.NoticeFixture;
import cn.jiangxin.testsupport.Staff;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

/** Certification (WF-4) as the CERTIFY transition of a case after its notice: period, uniqueness, renewal, outputs. */
class CertificationFlowTest extends NoticeContext {

    @Autowired Certifications certifications;
    @Autowired AccountRegistry accounts;
    @Autowired AuditTrail audit;
    @Autowired ApplicationEvents events;

    /** Puts the cases on notice today and certifies the first on the day after the notice. */
    private Certification certifyAfterNotice(long... ids) {
        NoticeBatch batch = cases.publish(ids);
        cases.afterNotice(batch);
        nominations.act(approver, ids[0], NominationAction.CERTIFY, null);
        return certifications.ofNomination(ids[0]).orElseThrow();
    }

    @Test
    void certificationStartsTheTwoYearSupportPeriodAndAnnouncesTheGoldsOnce() {
        long personId = cases.newPerson();
        long id = cases.approvedCase(personId, cases.draft(
                NoticeFixture.worldSkillsGold(0, LocalDate.of(2024, 9, 15)),
                NoticeFixture.honour(1, "CHINA_SKILLS_AWARD", LocalDate.of(2023, 5, 1))));
        Certification c = certifyAfterNotice(id);

        assertThat(c.supportStart()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(c.supportEndExclusive()).isEqualTo(LocalDate.of(2027, 10, 14));
        assertThat(c.supportLastDay()).isEqualTo(LocalDate.of(2027, 10, 13));
        assertThat(c.policyVersion()).isEqualTo("chaoyang-2025-draft");
        assertThat(c.criterion()).isEqualTo("世界技能大赛 金牌；中华技能大奖");
        assertThat(c.verificationCode()).matches("[0-9A-HJKMNP-TV-Z]{16}");
        assertThat(c.certificateNo()).isEqualTo("CYLJ-2025-" + String.format("%05d", c.id()));

        List<TalentCertified> announced = events.stream(TalentCertified.class).filter(e -> e.nominationId() == id).toList();
        assertThat(cases.trainingUnitId()).isNotEqualTo(staff.officer().unitId());
        assertThat(announced).singleElement().satisfies(e -> {
            assertThat(e.certificationId()).isEqualTo(c.id());
            assertThat(e.personId()).isEqualTo(personId);
            assertThat(e.nominatingUnitId()).isEqualTo(staff.officer().unitId());
            assertThat(e.supportStart()).isEqualTo(LocalDate.of(2025, 10, 14));
            assertThat(e.supportPeriod().lastDay()).isEqualTo(LocalDate.of(2027, 10, 13));
            assertThat(e.worldSkillsGolds()).containsExactly(new TalentCertified.WorldSkillsGold(
                    "WSG-" + personId + "-2024", LocalDate.of(2024, 9, 15), "焊接项目", cases.trainingUnitId()));
        });
        assertThat(nominations.requireVisible(approver, id).history()).last()
                .satisfies(t -> assertThat(t.action()).isEqualTo(NominationAction.CERTIFY));
        assertThat(audit.latest("", "certification", String.valueOf(c.id()), 5))
                .anySatisfy(r -> assertThat(r.action()).isEqualTo("TALENT_CERTIFIED"));
    }

    @Test
    void aPeriodThatStartsOn29FebruaryEndsWithFebruaryTwoYearsLater() {
        cases.setClock(LocalDate.of(2028, 2, 22), LocalTime.of(10, 0));
        long id = cases.approvedCase();
        NoticeBatch batch = cases.publish(id);
        assertThat(batch.period().lastDay()).isEqualTo(LocalDate.of(2028, 2, 28));
        cases.afterNotice(batch);
        nominations.act(approver, id, NominationAction.CERTIFY, null);
        Certification c = certifications.ofNomination(id).orElseThrow();
        assertThat(c.supportStart()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(c.supportLastDay()).isEqualTo(LocalDate.of(2030, 2, 28));
    }

    /**
     * A second open case of the person, as people may have been given before one open case per person was the rule
     * (V18_2 keeps such cases); the application opens none now.
     */
    private long openedBeforeTheRule(long personId) {
        CurrentUser officer = staff.officer();
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO nomination (person_id, unit_id, state, ethnicity, political_status, education, occupation,
                  accomplishments, unit_opinion, created_by, created_at, updated_at)
                VALUES (?, ?, 'DRAFT', '', '', '', '', '', '', ?, ?, ?)""")
                .params(personId, officer.unitId(), officer.accountId(), DbTime.toDb(cases.now()),
                        DbTime.toDb(cases.now())).update(key, "id");
        return key.getKey().longValue();
    }

    @Test
    void aPersonHasOneActiveCertificationAndARefusalUndoesTheTransition() {
        long personId = cases.newPerson();
        certifyAfterNotice(cases.approvedCase(personId, cases.draft(
                NoticeFixture.worldSkillsGold(0, LocalDate.of(2024, 9, 15)))));
        long second = cases.approvedCase(personId, cases.draft(
                NoticeFixture.honour(0, "CHINA_SKILLS_AWARD", LocalDate.of(2025, 6, 1))));
        cases.afterNotice(cases.publish(second));
        assertThatThrownBy(() -> nominations.act(approver, second, NominationAction.CERTIFY, null))
                .isInstanceOf(RuleViolationException.class).hasMessage("该人员已有认定，支持期至2027年10月13日，期满前不能再次认定");
        NominationView refused = nominations.requireVisible(approver, second);
        assertThat(refused.state()).isEqualTo(NominationState.IN_PUBLIC_NOTICE);
        assertThat(refused.history()).extracting(Transition::action).doesNotContain(NominationAction.CERTIFY);
        assertThat(certifications.ofPerson(personId)).hasSize(1);
        assertThat(events.stream(TalentCertified.class).filter(e -> e.nominationId() == second)).isEmpty();
    }

    /** ADR 0002, addendum of issue 11: such a case would otherwise stay on notice and block its person for ever. */
    @Test
    void aCaseTheCertificationRulesRefuseIsRejectedAfterItsNoticeAndItsPersonMayBeNominatedAgain() throws Exception {
        long personId = cases.newPerson();
        certifyAfterNotice(cases.approvedCase(personId, cases.draft(
                NoticeFixture.worldSkillsGold(0, LocalDate.of(2024, 9, 15)))));
        long second = cases.approvedCase(personId, cases.draft(
                NoticeFixture.honour(0, "CHINA_SKILLS_AWARD", LocalDate.of(2025, 6, 1))));
        NoticeBatch batch = cases.publish(second);
        assertThatThrownBy(() -> nominations.act(approver, second, NominationAction.REJECT, "已有有效认定"))
                .hasMessage("案件当前状态为“公示中”，公示期满前只有异议成立时才能不予认定");

        cases.afterNotice(batch);
        String refusal = "该人员已有认定，支持期至2027年10月13日，期满前不能再次认定";
        assertThatThrownBy(() -> nominations.act(approver, second, NominationAction.CERTIFY, null)).hasMessage(refusal);
        assertThatThrownBy(() -> nominations.open(staff.officer(), personId))
                .hasMessage(Nominations.OPEN_CASE_EXISTS);
        String page = mvc.perform(get("/nominations/" + second).with(staff.as(Staff.APPROVER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).getElementById("certification-refusal").text()).contains(refusal);

        nominations.act(approver, second, NominationAction.REJECT, "该人员已有认定，支持期未满");
        NominationView rejected = nominations.requireVisible(approver, second);
        assertThat(rejected.state()).isEqualTo(NominationState.REJECTED);
        assertThat(rejected.history()).last().extracting(Transition::reason).isEqualTo("该人员已有认定，支持期未满");
        assertThat(nominations.open(staff.officer(), personId)).isPositive();
    }

    @Test
    void aCertifiableCaseIsNotRejectedAfterItsNotice() {
        long id = cases.approvedCase();
        cases.afterNotice(cases.publish(id));
        assertThatThrownBy(() -> nominations.act(approver, id, NominationAction.REJECT, "不想认定"))
                .hasMessage("案件当前状态为“公示中”，只有异议成立或不符合认定条件时才能不予认定");
        assertThat(nominations.requireVisible(approver, id).state()).isEqualTo(NominationState.IN_PUBLIC_NOTICE);
    }

    @Test
    void twoCasesOfOnePersonCertifiedAtTheSameMomentGiveOneCertification() throws Exception {
        long personId = cases.newPerson();
        long a = cases.approvedCase(personId, cases.draft(NoticeFixture.worldSkillsGold(0, LocalDate.of(2024, 9, 15))));
        long b = cases.approve(openedBeforeTheRule(personId), cases.draft(
                NoticeFixture.honour(0, "CHINA_SKILLS_AWARD", LocalDate.of(2025, 6, 1))));
        cases.afterNotice(cases.publish(a, b));
        CurrentUser approver2 = approver;
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (long id : new long[] {a, b}) {
                Callable<String> certify = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        nominations.act(approver2, id, NominationAction.CERTIFY, null);
                        return "certified";
                    } catch (RuleViolationException e) {
                        return "refused";
                    }
                };
                results.add(pool.submit(certify));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("certified", "refused");
        } finally {
            pool.shutdownNow();
        }
        assertThat(certifications.ofPerson(personId)).hasSize(1);
        assertThat(List.of(nominations.requireVisible(approver, a).state(), nominations.requireVisible(approver, b).state()))
                .containsExactlyInAnyOrder(NominationState.CERTIFIED, NominationState.IN_PUBLIC_NOTICE);
    }

    @Test
    void afterThePeriodARenewalNeedsAnAchievementFromThePreviousStartOn() {
        long withOld = cases.newPerson();
        long withFresh = cases.newPerson();
        long[] first = {cases.approvedCase(withOld, cases.draft(NoticeFixture.worldSkillsGold(0, LocalDate.of(2024, 9, 15)))),
                cases.approvedCase(withFresh, cases.draft(NoticeFixture.worldSkillsGold(0, LocalDate.of(2024, 9, 15))))};
        cases.afterNotice(cases.publish(first));
        for (long id : first) {
            nominations.act(approver, id, NominationAction.CERTIFY, null);
        }
        cases.setClock(LocalDate.of(2027, 11, 2), LocalTime.of(10, 0));
        long old = cases.approvedCase(withOld, cases.draft(
                NoticeFixture.honour(0, "CHINA_SKILLS_AWARD", LocalDate.of(2025, 10, 13))));
        long fresh = cases.approvedCase(withFresh, cases.draft(
                NoticeFixture.honour(0, "STATE_COUNCIL_ALLOWANCE", LocalDate.of(2025, 10, 14))));
        cases.afterNotice(cases.publish(old, fresh));
        assertThatThrownBy(() -> nominations.act(approver, old, NominationAction.CERTIFY, null))
                .hasMessage("上一支持期自2025年10月14日开始；按现行政策，期满后再次认定须有该日及以后取得的新业绩，本案所列业绩均早于该日，不能认定");
        assertThat(certifications.ofPerson(withOld)).extracting(Certification::supportStart)
                .containsExactly(LocalDate.of(2025, 10, 14));
        nominations.act(approver, old, NominationAction.REJECT, "无上一支持期开始后取得的新业绩");
        assertThat(nominations.requireVisible(approver, old).state()).as("the renewal rule is a ground to reject")
                .isEqualTo(NominationState.REJECTED);
        nominations.act(approver, fresh, NominationAction.CERTIFY, null);
        assertThat(certifications.ofPerson(withFresh)).extracting(Certification::supportStart)
                .containsExactly(LocalDate.of(2027, 11, 9), LocalDate.of(2025, 10, 14));
    }

    @Test
    void theCertificateIsAChinesePdfWithTheVerificationCodeForItsTalentItsUnitAndTheBureauOnly() throws Exception {
        long personId = cases.newPerson();
        Certification c = certifyAfterNotice(cases.approvedCase(personId, cases.draft(
                NoticeFixture.worldSkillsGold(0, LocalDate.of(2024, 9, 15)))));
        IssuedCredentials issued = cases.talentCredentials(personId);
        String talent = issued.username();
        accounts.changePassword(talent, issued.oneTimePassword(), "Talent-2025-x");
        String url = "/certifications/" + c.id() + "/certificate.pdf";

        byte[] pdf = mvc.perform(get(url).with(staff.as(talent)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(c.groupedCode(), c.certificateNo(), c.personName(), Staff.UNIT,
                    "2025年10月14日至2027年10月13日", "http://localhost/verify/" + c.verificationCode(), "世界技能大赛 金牌");
            assertThat(text).doesNotContain(people.find(personId).orElseThrow().idNumber().value());
        }
        for (CurrentUser allowed : List.of(staff.officer(), staff.approver(), staff.reviewer(), staff.finance())) {
            mvc.perform(get(url).with(staff.as(allowed))).andExpect(status().isOk());
        }
        for (CurrentUser other : List.of(staff.officer2(), staff.venue())) {
            mvc.perform(get(url).with(staff.as(other))).andExpect(status().isNotFound());
        }
        assertThat(audit.latest(talent, "certification", String.valueOf(c.id()), 5))
                .anySatisfy(r -> assertThat(r.action()).isEqualTo("CERTIFICATE_DOWNLOADED"));
        assertThat(audit.latest(Staff.OFFICER2, "certification", String.valueOf(c.id()), 5))
                .anySatisfy(r -> assertThat(r.outcome()).isEqualTo("DENIED"));

        String mine = mvc.perform(get("/my/certification").with(staff.as(talent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains(c.certificateNo(), c.groupedCode(), "2025-10-14", "2027-10-13", url, "有效");
        assertThat(cn.jiangxin.testsupport.AccessibilityCheck.problems("/my/certification", org.jsoup.Jsoup.parse(mine)))
                .isEmpty();
    }

    @Test
    void anyoneVerifiesACertificateByItsCodeAndSeesNoIdNumber() throws Exception {
        long personId = cases.newPerson();
        var person = people.find(personId).orElseThrow();
        Certification c = certifyAfterNotice(cases.approvedCase(personId, cases.draft(
                NoticeFixture.worldSkillsGold(0, LocalDate.of(2024, 9, 15)))));
        String page = mvc.perform(get("/verify/" + c.verificationCode())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(person.name(), Staff.UNIT, c.certificateNo(), "2025-10-14 – 2027-10-13",
                "证书有效").doesNotContain(person.idNumber().value(), person.idNumber().masked(), person.phone().value());
        assertThat(cn.jiangxin.testsupport.AccessibilityCheck.problems("/verify/code", org.jsoup.Jsoup.parse(page))).isEmpty();
        mvc.perform(get("/verify").param("code", c.groupedCode().toLowerCase()))
                .andExpect(redirectedUrl("/verify/" + c.verificationCode()));
        assertThat(mvc.perform(get("/verify/0000000000000000")).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString()).contains("没有找到此验证码对应的证书");

        cases.setClock(LocalDate.of(2027, 10, 14), LocalTime.of(0, 0));
        assertThat(mvc.perform(get("/verify/" + c.verificationCode())).andReturn().getResponse().getContentAsString())
                .contains("服务支持期已届满");
        String expired = mvc.perform(get("/certifications").param("status", "expired")
                .with(staff.as(Staff.APPROVER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(expired).contains(c.certificateNo());
        assertThat(mvc.perform(get("/certifications").param("status", "active").with(staff.as(Staff.APPROVER)))
                .andReturn().getResponse().getContentAsString()).doesNotContain(c.certificateNo());
    }
}
