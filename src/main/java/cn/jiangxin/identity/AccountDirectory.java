package cn.jiangxin.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds enabled accounts to tell about something: a unit's officers, everyone in a role, a person's own account, an
 * account by its id.
 */
@Component
public class AccountDirectory {

    private static final String SELECT = "SELECT a.id AS account_id, a.display_name, a.email FROM account a ";

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Someone to notify; {@code email} is null when the account has none. */
    public record Contact(long accountId, String displayName, String email) {
    }

    public List<Contact> officersOf(long unitId) {
        return jdbc.sql(SELECT + """
                JOIN account_role r ON r.account_id = a.id
                WHERE r.role = 'UNIT_OFFICER' AND a.unit_id = ? AND a.enabled = TRUE ORDER BY a.id""")
                .param(unitId).query(Contact.class).list();
    }

    public List<Contact> withRole(Role role) {
        return jdbc.sql(SELECT + "JOIN account_role r ON r.account_id = a.id WHERE r.role = ? AND a.enabled = TRUE ORDER BY a.id")
                .param(role.name()).query(Contact.class).list();
    }

    public Optional<Contact> ofAccount(long accountId) {
        return jdbc.sql(SELECT + "WHERE a.id = ? AND a.enabled = TRUE").param(accountId).query(Contact.class).optional();
    }

    public Optional<Contact> ofPerson(long personId) {
        return jdbc.sql(SELECT + "WHERE a.person_id = ? AND a.enabled = TRUE").param(personId).query(Contact.class)
                .optional();
    }
}
