package cn.jiangxin.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
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

    /** Every consultation's id and title, the latest opened first, for the comment list's consultation filter. */
    List<Map.Entry<Long, String>> titles() {
        return jdbc.sql("SELECT id, title FROM consultation ORDER BY opens_at DESC, id DESC")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
    }

    private static final String LISTED = """
            SELECT c.id, c.title, c.issuer, c.opens_at, c.closes_at, c.visible, c.report_published_at,
                   (SELECT COUNT(*) FROM consultation_comment k WHERE k.consultation_id = c.id) AS comments,
                   (SELECT COUNT(*) FROM consultation_comment k WHERE k.consultation_id = c.id AND k.outcome IS NULL)
                       AS unclassified""";

    /** One page of the consultation list as {@link ConsultationListing#SPEC} filters and sorts it, states at now. */
    PageOf<ConsultationListing.Row> page(ListQuery query, Instant now) {
        SqlWhere where = where(query, now);
        return ListPageStore.page(jdbc, query, count(query, now), LISTED, " FROM consultation c", where,
                ConsultationStore::row);
    }

    long count(ListQuery query, Instant now) {
        SqlWhere where = where(query, now);
        return ListPageStore.count(jdbc, "FROM consultation c" + where.sql(), where.params());
    }

    /** Every consultation the query filters, in its order; the caller closes the stream. */
    java.util.stream.Stream<ConsultationListing.Row> all(ListQuery query, Instant now) {
        SqlWhere where = where(query, now);
        return jdbc.sql(LISTED + " FROM consultation c" + where.sql() + ListSql.orderBy(query))
                .params(where.params()).withFetchSize(ListSql.FETCH_SIZE).query(ConsultationStore::row).stream();
    }

    private static SqlWhere where(ListQuery query, Instant now) {
        SqlWhere where = inState(new SqlWhere(), query.text("state"), now)
                .like(query.search(), "c.title", "c.issuer");
        switch (query.text("visible")) {
            case ConsultationListing.YES -> where.and("c.visible = TRUE");
            case ConsultationListing.NO -> where.and("c.visible = FALSE");
            default -> { }
        }
        query.date("from").ifPresent(from -> where.and("c.closes_at > :windowFrom")
                .bind("windowFrom", DbTime.toDb(BeijingTime.startOf(from))));
        query.date("to").ifPresent(to -> where.and("c.opens_at < :windowTo")
                .bind("windowTo", DbTime.toDb(BeijingTime.startOf(to.plusDays(1)))));
        return where;
    }

    /**
     * The condition that the consultation {@code c} is in {@code state} ({@link CommentWindow.State}) at
     * {@code now}; nothing for a blank state. The comment list filters by its consultation's state the same way.
     */
    static SqlWhere inState(SqlWhere where, String state, Instant now) {
        String condition = switch (state) {
            case "UPCOMING" -> "c.opens_at > :stateNow";
            case "OPEN" -> "c.opens_at <= :stateNow AND c.closes_at > :stateNow";
            case "CLOSED" -> "c.closes_at <= :stateNow";
            default -> null;
        };
        return condition == null ? where : where.and(condition).bind("stateNow", DbTime.toDb(now));
    }

    private static ConsultationListing.Row row(ResultSet rs, int n) throws SQLException {
        return new ConsultationListing.Row(rs.getLong("id"), rs.getString("title"), rs.getString("issuer"),
                new CommentWindow(DbTime.instant(rs, "opens_at"), DbTime.instant(rs, "closes_at")),
                rs.getBoolean("visible"), DbTime.instant(rs, "report_published_at"), rs.getLong("comments"),
                rs.getLong("unclassified"));
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
