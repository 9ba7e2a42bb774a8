package cn.jiangxin.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.jiangxin.person.People;
import cn.jiangxin.platform.crypto.FieldCipher;
import cn.jiangxin.unit.Units;
import cn.jiangxin.testsupport.JiangxinTest;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matching never decrypts the registry: with the encrypted ID and phone numbers of this test's people replaced by
 * text no key decrypts (inside a transaction rolled back at the end), every kind of match still answers — and the
 * same replacement makes the person module's own reading fail, so the test would notice a decrypting matcher. The
 * module's classes call neither {@code FieldCipher.decrypt} nor the person module.
 */
@JiangxinTest
class RegistryNeverDecryptedTest {

    @Autowired RegistryMatcher matcher;
    @Autowired Units units;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void matchingAnswersWithTheEncryptedColumnsUnreadable() {
        MatchingFixture f = new MatchingFixture(units, people);
        long unit = f.unit("仪表有限公司");
        String id = f.person(unit, "陈静");
        f.person(unit, "李强");
        f.person(unit, "李强");
        long personId = f.personId(id);

        transactions.executeWithoutResult(tx -> {
            int spoiled = jdbc.sql("UPDATE person SET id_number_enc = 'k1:bm90LWEtY2lwaGVydGV4dA==', "
                    + "phone_enc = 'k1:bm90LWEtY2lwaGVydGV4dA==' WHERE unit_id = :unit").param("unit", unit).update();
            assertThat(spoiled).isEqualTo(3);
            assertThatThrownBy(() -> people.find(personId)).isInstanceOf(RuntimeException.class);

            List<Match> matches = matcher.matchAll(List.of(
                    new RowToMatch("陈静", id, null, null),
                    new RowToMatch("陈静", MatchingFixture.fifteenDigits(id), null, null),
                    new RowToMatch("陈晶", id, null, null),
                    new RowToMatch("陳静", null, "北京市" + f.tag + "仪表有限责任公司", null),
                    new RowToMatch("李强", null, f.tag + "仪表有限公司", null)));

            assertThat(matches).extracting(Match::outcome).containsExactly(MatchOutcome.MATCHED,
                    MatchOutcome.MATCHED, MatchOutcome.UNCERTAIN, MatchOutcome.MATCHED, MatchOutcome.UNCERTAIN);
            assertThat(matches.get(0).personId()).isEqualTo(personId);
            tx.setRollbackOnly();
        });
    }

    @Test
    void theModuleNeitherDecryptsNorReadsThePersonModule() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.jiangxin.matching");
        assertThat(classes).isNotEmpty();

        noClasses().should().callMethod(FieldCipher.class, "decrypt", String.class).check(classes);
        noClasses().should().dependOnClassesThat().resideInAPackage("cn.jiangxin.person..").check(classes);
    }
}
