package cn.jiangxin.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoder, counting every comparison by the stored hash it was made against: how many
 * passwords were really checked against an account, and how many hashes a login computed in all.
 */
final class CountingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Map<String, AtomicInteger> checks = new ConcurrentHashMap<>();

    @Override
    public String encode(CharSequence rawPassword) {
        return real.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        checks.computeIfAbsent(String.valueOf(encodedPassword), k -> new AtomicInteger()).incrementAndGet();
        return real.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return real.upgradeEncoding(encodedPassword);
    }

    /** Comparisons made against this stored hash. */
    int checksAgainst(String hash) {
        AtomicInteger n = checks.get(hash);
        return n == null ? 0 : n.get();
    }

    /** Comparisons made against any hash. */
    int allChecks() {
        return checks.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    void reset() {
        checks.clear();
    }

    /** Import into a test to make this the application's encoder. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {
        @Bean
        @Primary
        CountingPasswordEncoder countingPasswordEncoder() {
            return new CountingPasswordEncoder();
        }
    }
}
