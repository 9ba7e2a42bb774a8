package cn.jiangxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * A module's root package is its API, so a public top-level type there must be used (in bytecode) by the main code
 * of another module, or by a subpackage of its own module (its demo seeders, which Java can only let use it so);
 * otherwise it is package-private. A use of one of its nested types counts as a use of it.
 */
class PublicRootTypesTests {

    private static final String BASE = "cn.jiangxin.";

    /** Public for a reason other than another module's use; each names why. Keep it tiny. */
    private static final Map<String, String> ALLOWED = Map.of(
            "cn.jiangxin.nomination.ActionTaken", "the result of the public Nominations.act, which nomination.demo's"
                    + " DemoCaseSteps passes on as an inferred type argument (invisible in bytecode)");

    /**
     * Debt, not reasons: still public only because a test in another package uses them (the test named). Move the
     * test into the type's package or have it use the module's API, then strike the entry; an entry that is no
     * longer needed fails the test, so the list only shrinks.
     */
    private static final Map<String, String> USED_ONLY_BY_TESTS_ELSEWHERE = Map.ofEntries(
            Map.entry("cn.jiangxin.review.ReviewQueue", "nomination.demo.DemoCasesTest"),
            Map.entry("cn.jiangxin.review.QueueEntry", "nomination.demo.DemoCasesTest"),
            Map.entry("cn.jiangxin.notification.Notifications", "identity.TalentPasswordResetTest"),
            Map.entry("cn.jiangxin.notification.Notification", "identity.TalentPasswordResetTest"),
            Map.entry("cn.jiangxin.identity.AccountPrincipal", "testsupport.TestAccounts, nomination.demo.DemoCasesTest"),
            Map.entry("cn.jiangxin.nomination.Transition", "nomination.demo.DemoCasesTest, notice.NoticeTest"),
            Map.entry("cn.jiangxin.policy.ShippedPacks", "eligibility.domain.CriteriaTest and three more tests there"),
            Map.entry("cn.jiangxin.audit.AuditRecord", "benefit.EntitlementGrantTest, benefit.EntitlementLapseTest, benefit.RedemptionTest, nomination.CertificationFlowTest, nomination.EvidenceUploadTest, nomination.NominationLifecycleTest, paperform.RecommendationFormPdfTest, tracking.TalentTrackingTest, nomination.demo.DemoCasesTest, person.RevealNumbersTest, reward.RewardFlowTest, reward.RewardPagesTest"),
            Map.entry("cn.jiangxin.ledger.TrialBalance", "reward.RewardConcurrency, reward.RewardFlowTest, reward.RewardPagesTest"),
            Map.entry("cn.jiangxin.payment.BatchPages", "reward.RewardPaidTest (its flash key, since the batch pages moved to payment)"));

    @Test
    void everyPublicRootTypeIsUsedByAnotherModule() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.jiangxin");
        Set<String> usedElsewhere = new TreeSet<>();
        for (JavaClass origin : classes) {
            String from = module(origin.getPackageName());
            List<JavaClass> targets = new ArrayList<>();
            origin.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass).forEach(targets::add);
            // a catch clause is a use too, which ArchUnit does not list among the dependencies
            origin.getCodeUnits().forEach(unit -> unit.getTryCatchBlocks()
                    .forEach(block -> targets.addAll(block.getCaughtThrowables())));
            for (JavaClass target : targets) {
                String to = module(target.getPackageName());
                boolean fromOwnSubpackage = to != null && to.equals(from)
                        && !origin.getPackageName().equals(target.getPackageName());
                if (to != null && from != null && (!to.equals(from) || fromOwnSubpackage)) {
                    usedElsewhere.add(topLevel(target.getName()));
                }
            }
        }
        Map<String, Set<String>> unused = new TreeMap<>();
        Set<String> stillOwed = new TreeSet<>();
        for (JavaClass c : classes) {
            String module = module(c.getPackageName());
            boolean root = module != null && c.getPackageName().equals(BASE + module);
            if (root && c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC)
                    && !c.getSimpleName().equals("package-info") && !usedElsewhere.contains(c.getName())
                    && !ALLOWED.containsKey(c.getName())) {
                if (USED_ONLY_BY_TESTS_ELSEWHERE.containsKey(c.getName())) {
                    stillOwed.add(c.getName());
                } else {
                    unused.computeIfAbsent(module, m -> new TreeSet<>()).add(c.getSimpleName());
                }
            }
        }
        assertThat(unused).as("public root types no other module uses, per module").isEmpty();
        assertThat(stillOwed).as("debt entries still needed (strike the others)")
                .containsExactlyInAnyOrderElementsOf(USED_ONLY_BY_TESTS_ELSEWHERE.keySet());
    }

    /** The module a package belongs to: the first segment under cn.jiangxin; none for cn.jiangxin itself. */
    private static String module(String packageName) {
        if (!packageName.startsWith(BASE)) {
            return null;
        }
        String rest = packageName.substring(BASE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String topLevel(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }
}
