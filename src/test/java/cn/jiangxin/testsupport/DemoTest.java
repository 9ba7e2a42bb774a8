package cn.jiangxin.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;

/**
 * {@link JiangxinTest} with the {@code demo} profile, so every demo seeder runs: only for tests of the demo itself
 * (its accounts, people, cases and pages) or that need its full set of data; other tests make their own data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@JiangxinTest
@ActiveProfiles("demo")
public @interface DemoTest {
}
