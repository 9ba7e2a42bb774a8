package cn.jiangxin.funding;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.ledger.NewAllocation;
import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.payment.BankDetails;
import cn.jiangxin.studio.StudioAssessed;
import cn.jiangxin.testsupport.Staff;

/**
 * Test data for studio funding on the kit's accounts (with or without demo data): a unit of its own with its officer
 * per fixture, so that the unit's lists and bank account are this test's alone; assessments of new studios of that
 * unit (the studio module's event, as it will publish it); and money on the studio funding budget line.
 */
record FundingFixture(Staff staff, Allocations allocations, String token, String officerName, String unitName) {

    private static final AtomicLong IDS = new AtomicLong(700_000 + ThreadLocalRandom.current().nextInt(100_000) * 10L);

    /** A fixture with a new unit named uniquely and its officer. */
    static FundingFixture create(Staff staff, Allocations allocations) {
        String token = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        FundingFixture fx = new FundingFixture(staff, allocations, token, "officer-" + token, uniqueUnitName());
        staff.officer(fx.officerName(), fx.unitName(), "EMPLOYER");
        return fx;
    }

    CurrentUser officer() {
        return staff.signedIn(officerName);
    }

    long unitId() {
        return officer().unitId();
    }

    /** An assessment of a new studio of the unit for period 2026 earning {@code fen}. */
    StudioAssessed assessed(long fen) {
        long studio = IDS.incrementAndGet();
        return assessed(studio, "2026", fen);
    }

    StudioAssessed assessed(long studioId, String period, long fen) {
        return new StudioAssessed(IDS.incrementAndGet(), studioId, "GZS-" + studioId, token + "技能大师工作室", unitId(),
                period, "EXCELLENT", "优秀", fen, "CY-2025", LocalDate.of(2026, 3, 10));
    }

    BankDetails bank() {
        return new BankDetails(unitName, "北京银行朝阳支行", "2000 0012 3456 7890 1");
    }

    /** Adds an allocation of {@code fen} to the studio funding budget line. */
    void fundStudios(long fen) {
        allocations.record(staff.finance(), new NewAllocation(fen, "朝人社发〔2026〕" + UUID.randomUUID() + "号",
                LocalDate.of(2026, 1, 5), BudgetLine.STUDIO_FUNDING), UUID.randomUUID().toString());
    }

    /** 测试工作室单位 and four random Chinese characters. */
    static String uniqueUnitName() {
        return chinese("测试工作室单位", 4);
    }

    /** The prefix and {@code n} random Chinese characters: a name no other test uses. */
    static String chinese(String prefix, int n) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < n; i++) {
            name.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return name.toString();
    }
}
