package cn.jiangxin.benefit;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The services each venue account offers. */
@Repository
class VenueServiceStore {

    private final JdbcClient jdbc;

    VenueServiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> of(long accountId) {
        return new TreeSet<>(jdbc.sql("SELECT code FROM venue_service WHERE account_id = ?").param(accountId)
                .query(String.class).list());
    }

    /** Replaces the venue's services with {@code codes}. */
    void set(long accountId, List<String> codes) {
        jdbc.sql("DELETE FROM venue_service WHERE account_id = ?").param(accountId).update();
        codes.forEach(code -> jdbc.sql("INSERT INTO venue_service (account_id, code) VALUES (?, ?)")
                .params(accountId, code).update());
    }
}
