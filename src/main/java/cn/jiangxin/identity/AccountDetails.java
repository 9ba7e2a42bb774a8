package cn.jiangxin.identity;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an account with its roles for login. */
@Component
class AccountDetails implements UserDetailsService {

    private final AccountStore store;
    private final Clock clock;

    AccountDetails(AccountStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    Optional<AccountPrincipal> find(String username) {
        return store.principal(username, clock.instant());
    }
}
