package cn.jiangxin.payment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jiangxin.platform.RuleViolationException;
import org.springframework.stereotype.Component;

/** The kinds of payable the application has ({@link Payables} beans), by their codes. */
@Component
class PayableKinds {

    private final List<Payables> all;
    private final Map<String, Payables> byKind;

    PayableKinds(List<Payables> all) {
        this.all = List.copyOf(all);
        this.byKind = all.stream().collect(Collectors.toUnmodifiableMap(Payables::kind, Function.identity()));
    }

    Payables of(String kind) {
        Payables p = byKind.get(kind);
        if (p == null) {
            throw new RuleViolationException("caseIds", "所选的待支付事项无法识别，请刷新页面后重新选择");
        }
        return p;
    }

    List<Payables> all() {
        return all;
    }
}
