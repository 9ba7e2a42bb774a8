package cn.jiangxin.unit;

import java.util.List;
import java.util.Optional;

import cn.jiangxin.identity.UnitChoices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Offers the registered units to identity, for attaching unit officers. */
@Component
class UnitDirectory implements UnitChoices {

    private final JdbcClient jdbc;

    UnitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Choice> all() {
        return jdbc.sql("SELECT id, name FROM unit ORDER BY name")
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    @Override
    public Optional<Choice> find(long unitId) {
        return jdbc.sql("SELECT id, name FROM unit WHERE id = ?").param(unitId)
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).optional();
    }
}
