package cn.jiangxin.person.demo;

import cn.jiangxin.person.MobileNumber;
import cn.jiangxin.person.PersonDraft;
import cn.jiangxin.person.PersonStore;
import cn.jiangxin.person.ResidentIdNumber;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.unit.UnifiedSocialCreditCode;
import cn.jiangxin.unit.Units;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: thirteen people across the demo units (after {@code DemoUnits}); idempotent. The first eight are
 * free for trying things out (张伟, a welder at 北京燕京精密制造有限公司, is the one to look up); the last five are the
 * people of the demo cases ({@code nomination.DemoCases}), among them the certified WorldSkills gold medallist 马骏.
 */
@Component
@Profile("demo")
@Order(11)
class DemoPeople implements ApplicationRunner {

    private static final String SCHOOL = "52110105MJ0123456N";
    private static final String YANJING = "91110105MA01C2D3XK";
    private static final String CENTRE = "12110105400001234G";
    private static final String ASSOCIATION = "51110105MJ0045678Q";
    private static final String HAIDIAN = "91110108MA04F5G6HJ";

    private static final List<String[]> PEOPLE = List.of(
            new String[] {"张伟", "110105198503121234", "13910001001", YANJING},
            new String[] {"刘强", "110105197802283116", "13910001002", YANJING},
            new String[] {"李娜", "11010519920615224X", "13910001003", SCHOOL},
            new String[] {"王芳", "110105199511204421", "13910001004", SCHOOL},
            new String[] {"单丽华", "110105199001014564", "13910001005", CENTRE},
            new String[] {"吴军", "110105196604050392", "13910001006", CENTRE},
            new String[] {"周杰", "110105197011030534", "13910001007", ASSOCIATION},
            new String[] {"郑浩", "110108198808081359", "13910001008", HAIDIAN},
            new String[] {"马骏", "110105199007181013", "13910001009", YANJING},
            new String[] {"高峰", "110105198211052038", "13910001010", YANJING},
            new String[] {"许晴", "110105199304223021", "13910001011", SCHOOL},
            new String[] {"何静", "110105198809094267", "13910001012", SCHOOL},
            new String[] {"林涛", "110105197902145175", "13910001013", SCHOOL});

    private final PersonStore store;
    private final Units units;

    DemoPeople(PersonStore store, Units units) {
        this.store = store;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String[] p : PEOPLE) {
            ResidentIdNumber id = ResidentIdNumber.parse(p[1], LocalDate.MAX);
            if (store.find(id).isPresent()) {
                continue;
            }
            units.find(UnifiedSocialCreditCode.parse(p[3])).ifPresent(unit ->
                    store.insert(new PersonDraft(p[0], id, MobileNumber.parse(p[2]), unit.id())));
        }
    }
}
