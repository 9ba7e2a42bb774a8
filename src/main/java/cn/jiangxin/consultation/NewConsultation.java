package cn.jiangxin.consultation;

import java.util.List;

import cn.jiangxin.platform.RuleViolationException;

/** What policy staff enter to open a consultation; documents are pasted text, split into articles on save. */
public record NewConsultation(String title, String issuer, String notice, CommentWindow window, boolean visible,
        List<ConsultationView.Channel> channels, List<NewDocument> documents) {

    public record NewDocument(String title, String text) {
    }

    public NewConsultation {
        title = required("title", title, 200, "标题");
        issuer = required("issuer", issuer, 200, "发布机关");
        notice = notice == null ? "" : notice.strip();
        if (notice.length() > 20000) {
            throw new RuleViolationException("notice", "公告正文不能超过20000字");
        }
        if (window == null) {
            throw new RuleViolationException("opensAt", "请填写征求意见的开始和截止时间");
        }
        channels = channels == null ? List.of() : channels.stream()
                .filter(c -> c.contact() != null && !c.contact().isBlank()).toList();
        documents = documents == null ? List.of() : documents.stream()
                .filter(d -> d.text() != null && !d.text().isBlank()).toList();
        if (documents.isEmpty()) {
            throw new RuleViolationException("documents", "请至少粘贴一份征求意见稿全文");
        }
        for (NewDocument d : documents) {
            required("documents", d.title(), 200, "文件标题");
            if (d.text().length() > 100000) {
                throw new RuleViolationException("documents", "文件“" + d.title() + "”超过100000字");
            }
        }
    }

    private static String required(String field, String value, int max, String label) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new RuleViolationException(field, "请填写" + label);
        }
        if (v.length() > max) {
            throw new RuleViolationException(field, label + "不能超过" + max + "字");
        }
        return v;
    }
}
