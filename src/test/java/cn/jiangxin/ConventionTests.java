package cn.jiangxin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

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
                // TODO remove when the evidence module's EvidenceStore (the other fix-11 branch) has taken its SQL
                .and().doNotHaveFullyQualifiedName("cn.jiangxin.nomination.NominationFiles")
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
}
