package cn.jiangxin.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.testsupport.DemoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's expert pool (expert.demo.DemoExperts): the demo talent in the pool and drawn first for the demo need. */
@DemoTest
class DemoExpertsTest {

    @Autowired DemoLogins logins;
    @Autowired ExpertPool pool;
    @Autowired NeedStore needs;
    @Autowired JdbcClient jdbc;

    @Test
    void theDemoTalentIsInThePoolAndAskedForTheDrawnDemoNeed() {
        Expert talent = logins.as(DemoLogins.TALENT, pool::ofTalent).orElseThrow();
        assertThat(talent.status()).isEqualTo(ExpertStatus.ACTIVE);
        assertThat(pool.all()).hasSizeGreaterThanOrEqualTo(4);

        long needId = jdbc.sql("SELECT id FROM expert_need WHERE purpose = ?")
                .param("朝阳区2026年焊接技能竞赛裁判（演示）").query(Long.class).single();
        assertThat(needs.find(needId).orElseThrow().state()).isEqualTo(Need.DRAWN);
        Draw draw = needs.draw(needId).orElseThrow();
        assertThat(draw.committedBy()).isEqualTo("reviewer");
        assertThat(draw.cosignedBy()).isEqualTo("approver");
        List<Assignment> places = needs.assignments(needId);
        assertThat(places).hasSize(3);
        assertThat(places.get(0).expertId()).as("the leading talent first").isEqualTo(talent.id());
        assertThat(places.get(0).status()).isEqualTo(Assignment.ASKED);
        assertThat(places.subList(1, 3)).extracting(Assignment::status).containsOnly(Assignment.WAITING);
    }
}
