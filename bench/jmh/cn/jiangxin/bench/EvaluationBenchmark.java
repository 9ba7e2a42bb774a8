package cn.jiangxin.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.jiangxin.eligibility.domain.Achievement;
import cn.jiangxin.eligibility.domain.AffiliatedUnit;
import cn.jiangxin.eligibility.domain.Candidate;
import cn.jiangxin.eligibility.domain.EligibilityEngine;
import cn.jiangxin.eligibility.domain.Evaluation;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.person.Sex;
import cn.jiangxin.policy.PolicyVersion;
import cn.jiangxin.policy.RetirementCategory;
import cn.jiangxin.policy.ShippedPacks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** In-process evaluation of the contract's example under the shipped Chaoyang pack (no HTTP, no database). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {

    private final PolicyVersion version = ShippedPacks.chaoyang2025Draft();
    private final EligibilityEngine engine = new EligibilityEngine();
    private final LocalDate asOf = LocalDate.of(2026, 5, 1);
    private final Candidate eligible = new Candidate(LocalDate.of(1990, 3, 7), Sex.FEMALE, RetirementCategory.FEMALE_55,
            new AffiliatedUnit("EMPLOYER", "110105"), true, List.of(
                    new Achievement.CompetitionPlace("WORLDSKILLS", 1, LocalDate.of(2024, 9, 15)),
                    new Achievement.Honor("BEIJING_TECHNICIAN_ALLOWANCE", LocalDate.of(2023, 1, 10)),
                    new Achievement.StudioLeadership("CHAOYANG", LocalDate.of(2022, 6, 1))));

    @Benchmark
    public Evaluation evaluateTheContractsExample() {
        return engine.evaluate(eligible, asOf, version);
    }

    @Benchmark
    public ResidentIdNumber parseIdNumber() {
        return ResidentIdNumber.parse("110105199003071247", asOf);
    }
}
