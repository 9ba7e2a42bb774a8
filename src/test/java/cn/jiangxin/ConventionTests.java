package cn.jiangxin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import cn.jiangxin.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/** The project's conventions that the compiler and Spring Modulith do not check. */
class ConventionTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jiangxin");

    /**
     * SQL lives only in *Store classes. The one exception is infrastructure that hands a JdbcTemplate to a library
     * and writes no SQL of its own: platform.SchedulingLocks builds ShedLock's JdbcTemplateLockProvider.
     */
    @Test
    void onlyStoresUseJdbc() {
        noClasses()
                .that().haveSimpleNameNotEndingWith("Store")
                .and().doNotHaveFullyQualifiedName("cn.jiangxin.platform.SchedulingLocks")
                .should().dependOnClassesThat().belongToAnyOf(JdbcClient.class, JdbcTemplate.class,
                        JdbcOperations.class, NamedParameterJdbcTemplate.class, NamedParameterJdbcOperations.class,
                        SimpleJdbcInsert.class)
                .because("SQL lives only in *Store classes")
                .check(CLASSES);
    }

    /**
     * Moments cross between the database and the domain only through platform.DbTime: no other class reads a
     * java.sql.Timestamp or converts to and from OffsetDateTime or ZoneOffset itself.
     */
    @Test
    void momentsAreConvertedOnlyByDbTime() {
        noClasses()
                .that().doNotHaveFullyQualifiedName("cn.jiangxin.platform.DbTime")
                .should().dependOnClassesThat().belongToAnyOf(Timestamp.class, OffsetDateTime.class, ZoneOffset.class)
                .orShould().callMethod(ResultSet.class, "getTimestamp", String.class)
                .orShould().callMethod(ResultSet.class, "getTimestamp", int.class)
                .because("platform.DbTime is the one converter of moments between the database and the domain")
                .check(CLASSES);
    }

    /**
     * Web classes say what they answer: *Pages for HTML pages, *Api for JSON. platform.ErrorAnswers is Spring Boot's
     * error endpoint (an {@link ErrorController}), which answers a page or problem+json as the request asks.
     */
    @Test
    void controllersAreNamedPagesOrApi() {
        classes()
                .that().areMetaAnnotatedWith(Controller.class)
                .and().areNotAssignableTo(ErrorController.class)
                .should().haveSimpleNameEndingWith("Pages").orShould().haveSimpleNameEndingWith("Api")
                .because("web classes are *Pages (HTML) or *Api (JSON)")
                .check(CLASSES);
    }

    @Test
    void apiClassesAnswerJson() {
        classes()
                .that().haveSimpleNameEndingWith("Api")
                .and().areMetaAnnotatedWith(Controller.class)
                .should(answerJson())
                .because("a *Api class answers JSON")
                .check(CLASSES);
        noClasses()
                .that().haveSimpleNameEndingWith("Pages")
                .should().beAnnotatedWith(RestController.class)
                .because("a *Pages class answers HTML pages")
                .check(CLASSES);
    }

    /** A @RestController, or a controller each of whose handler methods has a body or produces JSON. */
    private static ArchCondition<JavaClass> answerJson() {
        return new ArchCondition<>("be a @RestController or answer JSON") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (c.isAnnotatedWith(RestController.class) || c.isAnnotatedWith(ResponseBody.class)) {
                    return;
                }
                for (JavaMethod m : c.getMethods()) {
                    if (m.isMetaAnnotatedWith(RequestMapping.class) && !answersJson(m)) {
                        events.add(SimpleConditionEvent.violated(m, m.getFullName() + " does not answer JSON"));
                    }
                }
            }
        };
    }

    private static boolean answersJson(JavaMethod m) {
        return m.isAnnotatedWith(ResponseBody.class) || m.getRawReturnType().isAssignableTo(ResponseEntity.class)
                || m.getAnnotations().stream().anyMatch(a -> a.get("produces")
                        .map(p -> java.util.Arrays.asList((Object[]) p).contains(MediaType.APPLICATION_JSON_VALUE))
                        .orElse(false));
    }
    /**
     * A page does not catch RuleViolationException: platform.PageRefusals answers every refusal the same way (the
     * message and what was typed back to the page the request came from). Two pages show a refusal as part of what
     * they render rather than as an answer to a request, and may: SelfCheckPages (the self-check result says why it
     * cannot evaluate) and NominationFormPages (the recommendation form shows format errors and the refusal of a
     * field together, on the fields, and its live eligibility panel shows why it cannot judge).
     */
    @Test
    void pagesLeaveRefusalsToTheOneHandler() {
        classes()
                .that().areMetaAnnotatedWith(Controller.class)
                .and().doNotHaveFullyQualifiedName("cn.jiangxin.eligibility.SelfCheckPages")
                .and().doNotHaveFullyQualifiedName("cn.jiangxin.nomination.NominationFormPages")
                .should(notCatch(RuleViolationException.class))
                .because("platform.PageRefusals is the one handler of a broken rule in pages")
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> notCatch(Class<? extends Throwable> type) {
        return new ArchCondition<>("not catch " + type.getSimpleName()) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                c.getCodeUnits().forEach(unit -> unit.getTryCatchBlocks().forEach(block -> {
                    if (block.getCaughtThrowables().stream().anyMatch(t -> t.isAssignableTo(type))) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " catches "
                                + type.getSimpleName()));
                    }
                }));
            }
        };
    }
}
