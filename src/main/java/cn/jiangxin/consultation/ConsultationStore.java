package cn.jiangxin.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for consultations: their channels, documents and articles, visibility and the published feedback report. */
@Repository
class ConsultationStore {

    private final JdbcClient jdbc;

    ConsultationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the consultation with its channels, and its documents split into articles; its id. */
    long insert(NewConsultation c, String createdBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO consultation (title, issuer, notice, opens_at, closes_at, visible, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.title(), c.issuer(), c.notice(), DbTime.toDb(c.window().opensAt()),
                        DbTime.toDb(c.window().closesAt()), c.visible(), createdBy, DbTime.toDb(now))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        int position = 0;
        for (ConsultationView.Channel ch : c.channels()) {
            jdbc.sql("INSERT INTO consultation_channel (consultation_id, position, kind, contact, note) VALUES (?, ?, ?, ?, ?)")
                    .params(id, position++, ch.kind().name(), clip(ch.contact(), 300), clip(ch.note(), 300)).update();
        }
        position = 0;
        for (NewConsultation.NewDocument d : c.documents()) {
            SplitDocument split = ArticleSplitter.split(d.text());
            GeneratedKeyHolder docKey = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO consultation_document (consultation_id, position, title, preamble) VALUES (?, ?, ?, ?)")
                    .params(id, position++, d.title().strip(), split.preamble()).update(docKey, "id");
            long documentId = docKey.getKeyAs(Number.class).longValue();
            int n = 0;
            for (SplitDocument.Article a : split.articles()) {
                jdbc.sql("""
                        INSERT INTO consultation_article (document_id, position, chapter_label, chapter_title, label, title, body)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(documentId, n++, a.chapterLabel(), clip(a.chapterTitle(), 100), a.label(),
                                clip(a.title(), 100), a.body())
                        .update();
            }
        }
        return id;
    }

    /** False when there is no such consultation. */
    boolean setVisible(long id, boolean visible) {
        return jdbc.sql("UPDATE consultation SET visible = ? WHERE id = ?").params(visible, id).update() > 0;
    }

    /** Every consultation's id, the latest opened first. */
    List<Long> ids() {
        return jdbc.sql("SELECT id FROM consultation ORDER BY opens_at DESC").query(Long.class).list();
    }

    boolean existsWithTitle(String title) {
        return jdbc.sql("SELECT COUNT(*) FROM consultation WHERE title = ?").param(title).query(Long.class).single() > 0;
    }

    void publishReport(long id, String summary, Instant now) {
        jdbc.sql("UPDATE consultation SET report_published_at = ?, report_summary = ? WHERE id = ?")
                .params(DbTime.toDb(now), summary, id).update();
    }

    Optional<ConsultationView> find(long id) {
        var channels = jdbc.sql("SELECT kind, contact, note FROM consultation_channel WHERE consultation_id = ? ORDER BY position")
                .param(id).query((rs, n) -> new ConsultationView.Channel(ChannelKind.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getString(3))).list();
        Map<Long, List<ConsultationView.Article>> articles = jdbc.sql("""
                SELECT a.id, a.document_id, a.chapter_label, a.chapter_title, a.label, a.title, a.body
                FROM consultation_article a JOIN consultation_document d ON d.id = a.document_id
                WHERE d.consultation_id = ? ORDER BY a.position""").param(id)
                .query((rs, n) -> Map.entry(rs.getLong(2), new ConsultationView.Article(rs.getLong(1), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        var documents = jdbc.sql("SELECT id, title, preamble FROM consultation_document WHERE consultation_id = ? ORDER BY position")
                .param(id).query((rs, n) -> new ConsultationView.Document(rs.getLong(1), rs.getString(2), rs.getString(3),
                        articles.getOrDefault(rs.getLong(1), new ArrayList<>()))).list();
        return jdbc.sql("""
                SELECT id, title, issuer, notice, opens_at, closes_at, visible, report_published_at, report_summary
                FROM consultation WHERE id = ?""").param(id)
                .query((rs, n) -> view(rs, channels, documents)).optional();
    }

    private static ConsultationView view(ResultSet rs, List<ConsultationView.Channel> channels,
            List<ConsultationView.Document> documents) throws SQLException {
        return new ConsultationView(rs.getLong("id"), rs.getString("title"), rs.getString("issuer"),
                rs.getString("notice"), new CommentWindow(DbTime.instant(rs, "opens_at"),
                        DbTime.instant(rs, "closes_at")),
                rs.getBoolean("visible"), DbTime.instant(rs, "report_published_at"),
                rs.getString("report_summary"), channels, documents);
    }

    private static String clip(String s, int max) {
        String v = s == null ? "" : s.strip();
        return v.length() <= max ? v : v.substring(0, max);
    }
}
