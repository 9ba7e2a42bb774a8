package cn.jiangxin.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.jiangxin.calendar.WorkingCalendar;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.testsupport.TwoNodes;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one database ({@link TwoNodes}; with {@code -Dtest.db=postgres} a PostgreSQL schema, as
 * reward.TwoNodesRewardTest): two staff, one on each node, draw for the same need at the same moment, five times.
 * Each time exactly one draw is recorded and the other staff member is refused with the message that the need was
 * already drawn.
 */
class TwoNodesDrawTest extends TwoNodes {

    /** The staff member signed in on the node draws for the need. */
    private static String commitOn(ConfigurableApplicationContext node, String staff, long needId) {
        return node.getBean(DemoLogins.class).as(staff, user -> {
            node.getBean(ExpertNeeds.class).commit(user, needId);
            return "drawn";
        });
    }

    @Test
    void twoStaffOnTwoNodesDrawingOneNeedAtOnceRecordOneDraw() throws Exception {
        ConfigurableApplicationContext first = contexts.get(0);
        ExpertNeeds needs = first.getBean(ExpertNeeds.class);
        WorkingCalendar calendar = first.getBean(WorkingCalendar.class);
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        for (int round = 0; round < 5; round++) {
            long needId = first.getBean(DemoLogins.class).as("reviewer", reviewer -> needs.create(reviewer,
                    new NeedDraft("两节点同时抽取" + UUID.randomUUID(), ExpertRole.COMPETITION_JUDGE, Set.of("焊工"), 1,
                            calendar.plusWorkingDays(needs.today(), 1), Set.of(), Set.of())));
            List<String> outcomes = ExpertFixture.atOnce(() -> commitOn(contexts.get(0), "reviewer", needId),
                    () -> commitOn(contexts.get(1), "reviewer2", needId));
            assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder("drawn",
                    "expert.refused.alreadyDrawn");
            assertThat(first.getMessage("expert.refused.alreadyDrawn", null, java.util.Locale.CHINA))
                    .as("the words the refused staff member reads").contains("已经由其他工作人员抽取，不能重复抽取");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM expert_draw WHERE need_id = ?").param(needId).query(Long.class)
                    .single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPERT_DRAW_COMMITTED' AND object_id = ?")
                    .param(String.valueOf(needId)).query(Long.class).single()).isEqualTo(1);
        }
    }
}
