package cn.jiangxin.testsupport;

import java.time.Instant;

import cn.jiangxin.platform.BeijingTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Import into a Spring test to replace the application clock with one the test moves. */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.parse("2026-05-01T02:00:00Z"), BeijingTime.ZONE);
    }
}
