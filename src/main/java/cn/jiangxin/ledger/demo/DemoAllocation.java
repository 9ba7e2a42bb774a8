package cn.jiangxin.ledger.demo;

import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.ledger.NewAllocation;
import cn.jiangxin.ledger.domain.BudgetLine;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: one allocation of 1,000,000 yuan funds the reward budget line and one of 500,000 yuan the studio
 * funding line, recorded by the demo finance officer through the same checks as the page; their fixed keys make them
 * idempotent.
 */
@Component
@Profile("demo")
@Order(30)
class DemoAllocation implements ApplicationRunner {

    static final long AMOUNT_FEN = 100_000_000L;
    static final long STUDIO_FEN = 50_000_000L;

    private final Allocations allocations;
    private final DemoLogins logins;

    DemoAllocation(Allocations allocations, DemoLogins logins) {
        this.allocations = allocations;
        this.logins = logins;
    }

    @Override
    public void run(ApplicationArguments args) {
        logins.as("finance", finance -> {
            allocations.record(finance, new NewAllocation(AMOUNT_FEN, "朝人社发〔2025〕1号（演示）", LocalDate.of(2025, 3, 20)),
                    "demo-allocation-2025");
            allocations.record(finance, new NewAllocation(STUDIO_FEN, "朝人社发〔2025〕2号（演示）", LocalDate.of(2025, 4, 1),
                    BudgetLine.STUDIO_FUNDING), "demo-allocation-studio-2025");
            return true;
        });
    }
}
