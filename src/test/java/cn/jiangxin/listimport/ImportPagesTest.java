package cn.jiangxin.listimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.todo.WorkPage;
import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The list import pages through MockMvc, with the demo's sample list: policy staff download it from the upload page,
 * a hostile file is refused with the kit's words and nothing kept, the sample is uploaded, its columns offered as
 * recognised and confirmed (a column chosen twice refused), the import started and watched to its end (the progress
 * panel polls while running and asks for the whole page when done), the done list links to its match results and
 * candidates, its rejected rows are listed with reasons and downloaded as Excel with the cells as read and 原因
 * (audited, which ends the to-do), the lists page filters and exports, a re-import with a changed row shows the
 * correction; other roles are turned away; every page in Chinese and English without codes, with breadcrumbs.
 */
@JiangxinTest
class ImportPagesTest {

    private static final Pattern CODES = Pattern.compile("\\b(COMPETITION|HONOUR|STUDIO|UPLOADED|MAPPED|RUNNING"
            + "|DONE|FAILED|REFUSED|ID_NUMBER|UNIT_CREDIT_CODE|TEAM_OR_INDIVIDUAL)\\b|\\?\\?|imports\\.");

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired ImportJob job;
    @Autowired ListImports imports;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;
    @Autowired WorkPage work;

    private final List<String> problems = new ArrayList<>();

    private MockHttpServletResponse as(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(staff.as(username))).andReturn().getResponse();
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse zh = as(Staff.POLICY, get(path));
        assertThat(zh.getStatus()).as(path).isEqualTo(200);
        String html = zh.getContentAsString(StandardCharsets.UTF_8);
        MockHttpServletResponse en = as(Staff.POLICY, get(path).param("lang", "en"));
        String english = en.getContentAsString(StandardCharsets.UTF_8);
        for (String[] text : new String[][] {{"zh", Jsoup.parse(html).body().text()},
                {"en", Jsoup.parse(english).body().text()}}) {
            if (CODES.matcher(text[1]).find()) {
                problems.add(path + " (" + text[0] + ") shows a code: " + CODES.matcher(text[1]).results()
                        .map(m -> m.group()).toList());
            }
        }
        if (path.split("/").length > 2) {
            problems.addAll(Breadcrumbs.problems(path, html));
        }
        return Jsoup.parse(html);
    }

    private MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, ExcelTable.CONTENT_TYPE, bytes);
    }

    private ImportStatus awaitEnd(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ImportStatus status = imports.list(id).status();
            if (status == ImportStatus.DONE || status == ImportStatus.FAILED) {
                return status;
            }
            job.poll();
            Thread.sleep(100);
        }
        throw new AssertionError("list " + id + " not done");
    }

    private long todo(String label) {
        return staff.actingAs(Staff.POLICY, () -> work.forCurrentUser().stream().flatMap(s -> s.todos().stream())
                .filter(t -> t.label().equals(label)).mapToLong(t -> t.count()).sum());
    }

    @Test
    void policyStaffUploadConfirmStartWatchAndDownloadTheRejectedRows() throws Exception {
        staff.policy();
        Document form = page("/imports/new");
        assertThat(form.select("#upload-form input[type=file][name=file]")).hasSize(1);
        assertThat(form.select("#sample-list").attr("href")).isEqualTo("/imports/sample.xlsx");
        MockHttpServletResponse sample = as(Staff.POLICY, get("/imports/sample.xlsx"));
        assertThat(sample.getContentType()).startsWith(ExcelTable.CONTENT_TYPE);
        List<List<String>> sampleRows = ExcelRows.of(sample.getContentAsByteArray());
        assertThat(sampleRows).hasSize(21);
        assertThat(sampleRows.get(0)).startsWith("序号", "姓名", "身份证号", "工作单位");

        // a hostile or unreadable file is refused with the kit's words; nothing is kept
        String source = "页面测试 " + UUID.randomUUID();
        byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };
        MockHttpServletResponse refused = as(Staff.POLICY, multipart("/imports").file(file("旧.xls", xls))
                .param("source", source).param("kind", "COMPETITION").with(csrf()));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains(".xls");
        MockHttpServletResponse empty = as(Staff.POLICY, multipart("/imports").file(file("空.csv", new byte[0]))
                .param("source", source).param("kind", "COMPETITION").with(csrf()));
        assertThat(empty.getContentAsString(StandardCharsets.UTF_8)).contains("文件是空的");
        assertThat(imports.anyFrom(source)).isFalse();

        MockHttpServletResponse uploaded = as(Staff.POLICY, multipart("/imports")
                .file(file("示例.xlsx", SampleCompetitionList.bytes())).param("source", source)
                .param("kind", "COMPETITION").with(csrf()));
        assertThat(uploaded.getStatus()).isEqualTo(302);
        long id = Long.parseLong(uploaded.getRedirectedUrl().replaceAll("\\D+", ""));
        assertThat(audit.latest(null, "import_list", String.valueOf(id), 5))
                .anyMatch(r -> r.action().equals("IMPORT_LIST_UPLOADED"));

        Document detail = page("/imports/" + id);
        assertThat(detail.select("#list-followups")).hasSize(1);
        assertThat(detail.select("#list-matches, #list-candidates")).isEmpty();
        assertThat(detail.select("#mapping-origin").text()).contains("自动识别");
        assertThat(detail.select("#field-1 option[selected]").attr("value")).isEqualTo("NAME");
        assertThat(detail.select("#field-2 option[selected]").attr("value")).isEqualTo("ID_NUMBER");
        assertThat(detail.select("#field-0 option[selected]")).isEmpty();
        assertThat(detail.select("#start")).isEmpty();
        List<String> chosen = new ArrayList<>();
        detail.select("#mapping-form select[name=field]").forEach(s -> chosen.add(
                s.select("option[selected]").isEmpty() ? "" : s.select("option[selected]").attr("value")));

        // a field chosen for two columns is refused
        List<String> twice = new ArrayList<>(chosen);
        twice.set(0, "NAME");
        MockHttpServletResponse doubled = as(Staff.POLICY, post("/imports/" + id + "/mapping")
                .param("field", twice.toArray(String[]::new)).with(csrf()));
        assertThat(doubled.getStatus()).isEqualTo(422);
        assertThat(doubled.getContentAsString(StandardCharsets.UTF_8)).contains("对应了不止一列");
        assertThat(imports.list(id).status()).isEqualTo(ImportStatus.UPLOADED);

        // not started yet: on the to-do
        MockHttpServletResponse confirmed = as(Staff.POLICY, post("/imports/" + id + "/mapping")
                .param("field", chosen.toArray(String[]::new)).with(csrf()));
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/imports/" + id + "#start");
        assertThat(page("/imports/" + id).select("#start-import")).hasSize(1);
        assertThat(page("/imports?status=MAPPED&q=" + source).select("#import-" + id)).hasSize(1);
        assertThat(todo("todo.policy.importNotStarted")).isPositive();

        MockHttpServletResponse started = as(Staff.POLICY, post("/imports/" + id + "/start").with(csrf()));
        assertThat(started.getRedirectedUrl()).isEqualTo("/imports/" + id + "#progress");
        MockHttpServletResponse running = as(Staff.POLICY, get("/imports/" + id + "/progress")
                .header("HX-Request", "true"));
        if (imports.list(id).status() == ImportStatus.RUNNING) {
            Document panel = Jsoup.parse(running.getContentAsString(StandardCharsets.UTF_8));
            assertThat(panel.select("#progress").attr("hx-trigger")).isEqualTo("every 2s");
            assertThat(running.getHeader("HX-Refresh")).isNull();
        }
        assertThat(awaitEnd(id)).isEqualTo(ImportStatus.DONE);
        MockHttpServletResponse ended = as(Staff.POLICY, get("/imports/" + id + "/progress")
                .header("HX-Request", "true"));
        assertThat(ended.getHeader("HX-Refresh")).isEqualTo("true");
        Document panel = Jsoup.parse(ended.getContentAsString(StandardCharsets.UTF_8));
        assertThat(panel.select("#progress").hasAttr("hx-trigger")).isFalse();
        assertThat(panel.select("#p-accepted").text()).isEqualTo("15");
        assertThat(panel.select("#p-rejected").text()).isEqualTo("5");
        assertThat(panel.select("#progress-state").text()).contains("导入完成");

        Document done = page("/imports/" + id);
        assertThat(done.select("#list-matches").attr("href")).isEqualTo("/imports/" + id + "/matches");
        assertThat(done.select("#list-candidates").attr("href")).isEqualTo("/imports/" + id + "/candidates");
        assertThat(done.select("#list-status").text()).isEqualTo("已完成");
        assertThat(done.select("#mapping")).isEmpty();

        Document rejected = page("/imports/" + id + "/rejected");
        assertThat(rejected.select("#rejected tbody tr")).hasSize(5);
        assertThat(rejected.select("#row-17").text()).contains("姓名为空");
        assertThat(rejected.select("#row-20").text()).contains("存成了数字");
        assertThat(todo("todo.policy.importRejected")).isPositive();
        assertThat(page("/imports?rejected=unreviewed&q=" + source).select("#import-" + id)).hasSize(1);

        MockHttpServletResponse excel = as(Staff.POLICY, get("/imports/" + id + "/rejected.xlsx"));
        assertThat(excel.getContentType()).startsWith(ExcelTable.CONTENT_TYPE);
        List<List<String>> rows = ExcelRows.of(excel.getContentAsByteArray());
        List<String> header = rows.stream().filter(r -> r.contains("原因")).findFirst().orElseThrow();
        assertThat(header).contains("姓名", "身份证号", "工作单位");
        List<List<String>> data = rows.subList(rows.indexOf(header) + 1, rows.size());
        assertThat(data).hasSize(5);
        assertThat(data.get(1)).contains("林小川", "110105198503121235");
        assertThat(data.get(1).get(header.indexOf("原因"))).contains("校验");
        assertThat(audit.latest(null, "import_list", String.valueOf(id), 10))
                .anyMatch(r -> r.action().equals("IMPORT_REJECTED_EXPORTED"));
        assertThat(page("/imports?rejected=unreviewed&q=" + source).select("#import-" + id)).isEmpty();

        // the lists: search, filter, export
        Document lists = page("/imports?q=" + source);
        assertThat(lists.select("#import-" + id).text()).contains(source, "竞赛获奖名单", "已完成", "15", "5");
        assertThat(page("/imports?kind=HONOUR&q=" + source).select("#import-" + id)).isEmpty();
        String today = java.time.LocalDate.now(cn.jiangxin.platform.BeijingTime.ZONE).toString();
        assertThat(page("/imports?from=" + today + "&to=" + today + "&q=" + source).select("#import-" + id))
                .hasSize(1);
        assertThat(page("/imports?to=2020-01-01&q=" + source).select("#import-" + id)).isEmpty();
        List<List<String>> exported = ExcelRows.of(as(Staff.POLICY, get("/imports.xlsx").param("q", source))
                .getContentAsByteArray());
        assertThat(exported).anyMatch(r -> r.contains(source) && r.contains("竞赛获奖名单") && r.contains("已完成"));

        // a re-import of the same source with a changed row: a correction, old → new
        String csv = "姓名,身份证号,工作单位,竞赛名称,届次,赛项,获奖等级,获奖时间,个人/团体\n"
                + "张伟,110105198503121234,北京燕京精密制造股份有限公司,北京市职业技能大赛,第二届,焊接,金牌,2025-10-20,个人\n";
        MockHttpServletResponse again = as(Staff.POLICY, multipart("/imports")
                .file(new MockMultipartFile("file", "更正.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("source", source).param("kind", "COMPETITION").with(csrf()));
        long second = Long.parseLong(again.getRedirectedUrl().replaceAll("\\D+", ""));
        assertThat(page("/imports/" + second).select("#mapping-origin").text()).contains("上次确认");
        imports.confirmMapping(second, imports.offer(second).mapping());
        imports.start(second);
        assertThat(awaitEnd(second)).isEqualTo(ImportStatus.DONE);
        Document corrections = page("/imports/" + second + "/corrections");
        assertThat(corrections.select("#corrections tbody tr").text())
                .contains("北京燕京精密制造有限公司", "北京燕京精密制造股份有限公司");
        assertThat(page("/imports/" + second).select("#list-corrections")).hasSize(1);

        // other roles are turned away
        for (String other : List.of(Staff.REVIEWER, Staff.OFFICER, Staff.FINANCE)) {
            assertThat(as(other, get("/imports")).getStatus()).as(other).isEqualTo(403);
            assertThat(as(other, get("/imports/" + id)).getStatus()).as(other).isEqualTo(403);
        }
        assertThat(as(Staff.ADMIN, get("/imports/" + id)).getStatus()).isEqualTo(200);
        assertThat(as(Staff.POLICY, get("/imports/999999999")).getStatus()).isEqualTo(404);
        assertThat(problems).isEmpty();
    }
}
