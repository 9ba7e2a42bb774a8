package cn.jiangxin.matching;

import java.util.UUID;

import cn.jiangxin.listimport.DoneLists;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.ImportedLists;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.unit.Units;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A registry of this test's own units and people, and a competition list about them imported to its end through the
 * list import module and matched by its {@code ListImported} (the list's six entries):
 * <ul>
 * <li>陈静 with her 18-digit ID number: matched by ID number;</li>
 * <li>赵敏 with the 15-digit form of hers and no unit: matched by ID number;</li>
 * <li>李强 in the works written with () and 有限公司 (registered with （） and 有限责任公司): two namesakes there,
 * waiting for staff;</li>
 * <li>王芳 in the bakery written 有限责任公司 (registered 有限公司): matched by name and unit;</li>
 * <li>王芳 in the works: her namesake is in the bakery, not the works, so nobody; the works is in Chaoyang, so
 * registration is proposed;</li>
 * <li>孙磊 in a unit nowhere registered: nobody.</li>
 * </ul>
 */
final class ReviewedList {

    static final String HEADER = ImportedLists.HEADER;

    final MatchingFixture f;
    final long works;
    final long bakery;
    final String chenId;
    final String zhaoId;
    final String source;
    long listId;
    private final ApplicationContext context;
    private final JdbcClient jdbc;

    ReviewedList(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        f = new MatchingFixture(context.getBean(Units.class), context.getBean(People.class));
        works = f.unit("精密机械有限责任公司（朝阳分公司）");
        bakery = f.unit("食品有限公司");
        chenId = f.person(works, "陈静");
        zhaoId = f.person(bakery, "赵敏");
        f.person(works, "李强");
        f.person(works, "李强");
        f.person(bakery, "王芳");
        source = "第47届世界技能大赛 成绩 " + f.tag + " " + UUID.randomUUID();
    }

    String csv() {
        String rest = ",世界技能大赛,第47届,数控铣,金牌,2024-09-15\n";
        return HEADER
                + "陈静," + chenId + "," + f.tag + "精密机械有限公司(朝阳分公司)" + rest
                + "赵敏," + MatchingFixture.fifteenDigits(zhaoId) + "," + rest
                + "李强,," + f.tag + "精密机械有限公司(朝阳分公司)" + rest
                + "王芳,," + f.tag + "食品有限责任公司" + rest
                + "王芳,," + f.tag + "精密机械有限责任公司（朝阳分公司）" + rest
                + "孙磊,," + f.tag + "远洋贸易有限公司" + rest;
    }

    /** Imports the list and waits until its matching has finished. */
    ReviewedList imported(Staff staff) {
        listId = DoneLists.importCsv(context, source, csv(), staff.policy().accountId());
        awaitMatched(listId);
        return this;
    }

    /** Waits until the publication of the list's {@code ListImported} to matching is complete. */
    void awaitMatched(long list) {
        ImportedLists.awaitCompleted(jdbc, "ListImported", "ListMatching", list);
    }

    /** The entry of the list's row with this name whose unit contains {@code unitWord} ("" for any). */
    long entry(String name, String unitWord) {
        return jdbc.sql("""
                SELECT id FROM import_entry WHERE source = :source AND name = :name
                    AND COALESCE(unit_name, '') LIKE :unit""")
                .param("source", source).param("name", name).param("unit", "%" + unitWord + "%")
                .query(Long.class).single();
    }

    String decision(long entryId) {
        return jdbc.sql("SELECT decision FROM match_result WHERE entry_id = ?").param(entryId).query(String.class)
                .single();
    }
}
