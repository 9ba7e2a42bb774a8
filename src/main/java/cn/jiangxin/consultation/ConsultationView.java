package cn.jiangxin.consultation;

import java.time.Instant;
import java.util.List;

/** A consultation as pages show it: notice, window, channels and documents split into articles. */
public record ConsultationView(long id, String title, String issuer, String notice, CommentWindow window,
        boolean visible, Instant reportPublishedAt, String reportSummary, List<Channel> channels,
        List<Document> documents) {

    public record Channel(ChannelKind kind, String contact, String note) {
    }

    public record Document(long id, String title, String preamble, List<Article> articles) {
    }

    public record Article(long id, String chapterLabel, String chapterTitle, String label, String title, String body) {

        /** “第四条 服务支持措施”, or the label alone. */
        public String heading() {
            return title.isEmpty() ? label : label + " " + title;
        }
    }

    public boolean reportPublished() {
        return reportPublishedAt != null;
    }

    public CommentWindow.State stateAt(Instant now) {
        return window.stateAt(now);
    }

    public java.util.Optional<Article> article(long articleId) {
        return documents.stream().flatMap(d -> d.articles().stream()).filter(a -> a.id() == articleId).findFirst();
    }
}
