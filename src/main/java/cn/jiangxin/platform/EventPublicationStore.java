package cn.jiangxin.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over Spring Modulith's event publication registry (its table event_publication). */
@Repository
public class EventPublicationStore {

    private final JdbcClient jdbc;

    EventPublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many published events still have a listener that has not completed. */
    public long incomplete() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class)
                .single();
    }
}
