package cn.jiangxin.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application as most tests see it: the whole context with MockMvc, no demo data (a test makes what it needs
 * with the kit in this package; {@link Staff}, a bean here, has an account of every role), the application's own
 * clock. Every test class with this annotation and nothing
 * else that changes the context shares one cached context (and its database); add {@link MovableClock} for a clock
 * the test moves. Special settings go into a {@code @TestPropertySource} of the test class, each a context of its
 * own, so keep them rare and mark such a class {@code @DirtiesContext}: closed after the class, its context never
 * pushes a shared one out of Spring's context cache (src/test/resources/spring.properties).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@Import(Staff.class)
public @interface JiangxinTest {
}
