package cn.jiangxin.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * With {@link JiangxinTest}, {@link DemoTest} or {@link BrowserTest}: the application clock is a {@link MutableClock}
 * the test sets and moves. Tests of one such context share the clock, so each sets the time it needs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(MutableClockConfiguration.class)
public @interface MovableClock {
}
