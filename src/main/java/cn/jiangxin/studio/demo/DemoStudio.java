package cn.jiangxin.studio.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.studio.StudioApplication;
import cn.jiangxin.studio.StudioAssessed;
import cn.jiangxin.studio.StudioAssessments;
import cn.jiangxin.studio.StudioType;
import cn.jiangxin.studio.Studios;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only, after the demo cases: the officer of 北京燕京精密制造有限公司 (“officer2”) applies for
 * 马骏焊接技能大师工作室, led by the demo talent 马骏 (an active leading talent, so marked as priority); “reviewer”
 * passes it, “approver” names it and schedules the construction assessment for this year, “reviewer” scores it and
 * “approver” confirms the result (优秀, the provisional funding of that grade). The same officer's application for a
 * studio led by 张伟 waits for review. Everything goes through the services; does nothing once any studio exists.
 */
@Component
@Profile("demo")
@Order(47)
class DemoStudio implements ApplicationRunner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoStudio.class);

    static final String NAMED = "马骏焊接技能大师工作室";
    static final String WAITING = "张伟数控加工技能大师工作室";

    private final Studios studios;
    private final StudioAssessments assessments;
    private final People people;
    private final AccountRegistry accounts;
    private final DemoLogins logins;

    DemoStudio(Studios studios, StudioAssessments assessments, People people, AccountRegistry accounts,
            DemoLogins logins) {
        this.studios = studios;
        this.assessments = assessments;
        this.people = people;
        this.accounts = accounts;
        this.logins = logins;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (studios.any() || !accounts.exists("officer2") || !accounts.exists("reviewer")
                || !accounts.exists("approver")) {
            return;
        }
        PersonView ma = person("马骏");
        PersonView zhang = person("张伟");
        if (ma == null || zhang == null) {
            return;
        }
        String period = String.valueOf(studios.today().getYear());
        long id = logins.as("officer2", officer -> studios.apply(officer, new StudioApplication(NAMED,
                StudioType.SKILL_MASTER, "焊工", ma.id(), String.join("\n", "马骏（焊工，高级技师）",
                        "高峰（焊工，技师）", "刘强（焊工，高级工）"), "公司焊接实训中心二层，约320平方米，焊接工位12个",
                String.join("\n", "一、带徒传技：每年培养焊工技师2名、高级工6名；",
                        "二、技术攻关：承接薄壁不锈钢管道全位置焊接工艺改进；",
                        "三、成果推广：每年面向区内企业开展公开课4次。")), null));
        logins.as("reviewer", reviewer -> {
            studios.pass(reviewer, id);
            return null;
        });
        logins.as("approver", approver -> studios.name(approver, id, period));
        long assessment = assessments.idOf(id, period).orElseThrow();
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("TEAM", 9);
        scores.put("PREMISES", 9);
        scores.put("PASSING_ON", 10);
        scores.put("INNOVATION", 9);
        scores.put("OUTREACH", 8);
        logins.as("reviewer", reviewer -> {
            assessments.score(reviewer, assessment, scores);
            return null;
        });
        StudioAssessed assessed = logins.as("approver", approver -> assessments.confirm(approver, assessment));
        LOG.info("Demo studio {} assessed for {}: {}", assessed.studioNumber(), assessed.period(),
                assessed.gradeName());
        logins.as("officer2", officer -> studios.apply(officer, new StudioApplication(WAITING, StudioType.SKILL_MASTER,
                "数控车工", zhang.id(), String.join("\n", "张伟（数控车工，技师）", "高峰（数控车工，高级工）"),
                "公司数控车间东区，约150平方米", "围绕精密零件数控加工，每年带徒4名，开展工艺改进2项。"), null));
    }

    private PersonView person(String name) {
        return logins.as("officer2", officer -> people.search(officer, name, officer.unitId()).stream()
                .filter(p -> p.name().equals(name)).findFirst().orElse(null));
    }
}
