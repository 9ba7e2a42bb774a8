package cn.jiangxin.listimport.demo;

import java.io.ByteArrayInputStream;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.listimport.ImportKind;
import cn.jiangxin.listimport.ListImports;
import cn.jiangxin.listimport.SampleCompetitionList;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only, after the demo people: policy staff (“policy”) upload the sample competition list
 * ({@link SampleCompetitionList}: 19 rows of 第二届北京市职业技能大赛, 14 good and 5 bad), confirm the columns as recognised
 * and start the import, which the background job finishes within seconds; so the running demo shows a done list with
 * its rejected rows. Does nothing once a list of that source exists.
 */
@Component
@Profile("demo")
@Order(49)
class DemoCompetitionList implements ApplicationRunner {

    private final ListImports imports;
    private final AccountRegistry accounts;
    private final DemoLogins logins;

    DemoCompetitionList(ListImports imports, AccountRegistry accounts, DemoLogins logins) {
        this.imports = imports;
        this.accounts = accounts;
        this.logins = logins;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.exists("policy") || imports.anyFrom(SampleCompetitionList.SOURCE)) {
            return;
        }
        logins.as("policy", staff -> {
            long id = imports.upload(SampleCompetitionList.SOURCE, ImportKind.COMPETITION,
                    SampleCompetitionList.FILE_NAME, new ByteArrayInputStream(SampleCompetitionList.bytes()),
                    staff.accountId());
            imports.confirmMapping(id, imports.offer(id).mapping());
            imports.start(id);
            return id;
        });
    }
}
