package cn.jiangxin.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Finds enabled accounts to tell about something: a unit's officers, everyone in a role, a person's own account, an
 * account by its id.
 */
@Component
public class AccountDirectory {

    private final AccountStore store;

    AccountDirectory(AccountStore store) {
        this.store = store;
    }

    /** Someone to notify; {@code email} is null when the account has none. */
    public record Contact(long accountId, String displayName, String email) {
    }

    public List<Contact> officersOf(long unitId) {
        return store.officersOf(unitId);
    }

    public List<Contact> withRole(Role role) {
        return store.withRole(role);
    }

    public Optional<Contact> ofAccount(long accountId) {
        return store.contactOfAccount(accountId);
    }

    public Optional<Contact> ofPerson(long personId) {
        return store.contactOfPerson(personId);
    }
}
