package cn.jiangxin.funding;

import cn.jiangxin.studio.StudioAssessed;
import cn.jiangxin.studio.StudioRevoked;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the studio module: an assessment that earns money opens the studio's funding for the period; a
 * revocation cancels funding not yet in a batch. Each runs after the studio's commit in its own transaction, and a
 * redelivered event changes nothing.
 */
@Component
class FundingEvents {

    private final StudioFundings fundings;

    FundingEvents(StudioFundings fundings) {
        this.fundings = fundings;
    }

    @ApplicationModuleListener
    void on(StudioAssessed e) {
        fundings.open(e);
    }

    @ApplicationModuleListener
    void on(StudioRevoked e) {
        fundings.cancel(e);
    }
}
