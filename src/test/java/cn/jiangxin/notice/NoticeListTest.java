package cn.jiangxin.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.NoticeContext;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TodoLinks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Notices, the cases on them and objections as paged lists: paging, filters, the export of exactly the filtered
 * rows, the 400 page, the approver's to-dos that link to them, the public preamble and the receipt look-up.
 */
class NoticeListTest extends NoticeContext {

    @Autowired Objections objections;
    @Autowired NoticeTodos todos;

    private NoticeBatch publish(String title, long... ids) {
        return cases.cases().onNotice(approver, title, java.util.Arrays.stream(ids).boxed().toList());
    }

    private String file(NoticeBatch batch, long id) {
        return objections.file(new Objections.PublicObjection(batch.id(), id, "异议内容" + UUID.randomUUID(), "赵六",
                "13900139000", UUID.randomUUID().toString(), "client-" + UUID.randomUUID()));
    }

    @Test
    void noticesPageFilterAndExportExactlyTheFilteredRows() throws Exception {
        String tag = "列表公示" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            publish(tag + "-" + i, cases.approvedCase());
        }
        String page = page(get("/notices").param("q", tag).param("sort", "title").param("dir", "asc"));
        assertThat(page).contains("共 3 条").contains(tag + "-0").contains("未截止");
        assertThat(page.indexOf(tag + "-0")).isLessThan(page.indexOf(tag + "-2"));
        assertThat(page(get("/notices").param("q", tag).param("state", "ended"))).contains("共 0 条");
        assertThat(page(get("/notices").param("q", tag).param("from", "2025-09-30").param("to", "2025-09-30")))
                .contains("共 3 条");
        assertThat(page(get("/notices").param("q", tag).param("to", "2025-09-29"))).contains("共 0 条");
        assertThat(page(get("/notices").param("q", tag).param("lang", "en"))).contains("Not over");

        List<List<String>> sheet = ExcelRows.of(export(get("/notices.xlsx").param("q", tag).param("state", "open")
                .param("sort", "title").param("dir", "asc")));
        assertThat(sheet.get(0).get(0)).isEqualTo("公示");
        assertThat(sheet.subList(2, sheet.size())).extracting(r -> r.get(0))
                .containsExactly(tag + "-0", tag + "-1", tag + "-2");
        assertThat(sheet.get(2).get(5)).isEqualTo("未截止");
    }

    @Test
    void objectionsPageByStatusBatchAndReceiptAndExportTheFilteredRows() throws Exception {
        long id = cases.approvedCase();
        NoticeBatch batch = publish("异议列表" + UUID.randomUUID(), id);
        List<String> receipts = new java.util.ArrayList<>();
        for (int i = 0; i < 22; i++) {
            receipts.add(file(batch, id));
        }
        String all = page(get("/notices/objections").param("batch", String.valueOf(batch.id())));
        assertThat(all).contains("共 22 条").contains("第 1–20 条").contains(receipts.get(0))
                .doesNotContain(receipts.get(21));
        assertThat(page(get("/notices/objections").param("batch", String.valueOf(batch.id())).param("page", "2")))
                .contains(receipts.get(21)).contains("第 21–22 条");
        assertThat(page(get("/notices/objections").param("q", receipts.get(5)))).contains("共 1 条");
        assertThat(page(get("/notices/objections").param("batch", String.valueOf(batch.id()))
                .param("status", "resolved"))).contains("共 0 条");

        List<List<String>> sheet = ExcelRows.of(export(get("/notices/objections.xlsx")
                .param("batch", String.valueOf(batch.id())).param("status", "open")));
        assertThat(sheet.subList(2, sheet.size())).extracting(r -> r.get(0)).containsExactlyElementsOf(receipts);
        assertThat(sheet.get(2).get(6)).isEqualTo("待处理");
    }

    @Test
    void badParametersGetTheBadRequestPage() throws Exception {
        for (MockHttpServletRequestBuilder bad : List.of(get("/notices").param("page", "abc"),
                get("/notices").param("state", "maybe"), get("/notices.xlsx").param("size", "7"),
                get("/notices/objections").param("batch", "x"), get("/notices/objections").param("status", "gone"),
                get("/notices/objections.xlsx").param("from", "2026-13-01"), get("/notices/cases").param("sort", "id"),
                get("/public/notices").param("page", "0"))) {
            mvc.perform(bad.with(staff.as(Staff.APPROVER))).andExpect(status().isBadRequest())
                    .andExpect(header().doesNotExist("Content-Disposition"));
        }
    }

    @Test
    void theApproversToDosCountWhatTheirListsShow() throws Exception {
        long id = cases.approvedCase();
        NoticeBatch batch = publish("待认定" + UUID.randomUUID(), id);
        file(batch, id);
        cases.afterNotice(batch);
        List<Todo> approverTodos = TodoLinks.agreeWithTheirLists(mvc, staff, Staff.APPROVER, todos);
        assertThat(approverTodos).extracting(Todo::label)
                .containsExactly("notice.todo.awaitingCertification", "notice.todo.openObjections");
        assertThat(approverTodos).allMatch(t -> t.count() >= 1);
        assertThat(approverTodos.get(0).alarming()).isTrue();
        assertThat(approverTodos.get(0).href()).isEqualTo("/notices/cases?state=awaiting");
        assertThat(page(get("/notices/cases").param("state", "awaiting").param("batch", String.valueOf(batch.id()))))
                .contains("共 1 条").contains("公示期满待认定");
        assertThat(staff.actingAs(Staff.REVIEWER, todos::waitingForCurrentUser)).isEmpty();
        assertThat(staff.actingAs(Staff.VENUE, todos::waitingForCurrentUser)).isEmpty();
    }

    @Test
    void thePublicNoticeHasItsPreambleAndEachPersonsSexUnitOccupationAndCriterion() throws Exception {
        long id = cases.approvedCase();
        NoticeBatch batch = publish("公示前言" + UUID.randomUUID(), id);
        String html = mvc.perform(get("/public/notices/" + batch.id())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("北京市朝阳区人力资源和社会保障局审核，拟认定以下1人")
                .contains("公示期：2025-09-30至2025-10-13（5个工作日）。")
                .contains("2025-10-13 24:00前").contains(PublicNoticePages.PROVISIONAL_PHONE)
                .contains("<td class=\"text-nowrap\">男</td>").contains("<td>焊工</td>")
                .contains("世界技能大赛").contains("href=\"/public/notices/receipt\"");
        assertThat(mvc.perform(get("/public/notices/" + batch.id()).param("lang", "en")).andReturn().getResponse()
                .getContentAsString()).contains("Male").contains("call the District Human Resources");
    }

    @Test
    void anyoneLooksUpAnObjectionByItsReceiptAndSeesWhenItWasFiled() throws Exception {
        long id = cases.approvedCase();
        NoticeBatch batch = publish("回执查询" + UUID.randomUUID(), id);
        cases.setClock(LocalDate.of(2025, 9, 30), LocalTime.of(15, 42));
        String receipt = file(batch, id);
        String html = mvc.perform(get("/public/notices/receipt").param("no", receipt.toLowerCase()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(receipt).contains("2025-09-30 15:42").contains("异议已收到，正在核实处理")
                .doesNotContain("赵六", "13900139000");
        assertThat(mvc.perform(get("/public/notices/receipt").param("no", "YY20000101-NONE")).andReturn()
                .getResponse().getContentAsString()).contains("没有找到这个回执编号");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(staff.as(Staff.APPROVER))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private byte[] export(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(staff.as(Staff.APPROVER))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }
}
