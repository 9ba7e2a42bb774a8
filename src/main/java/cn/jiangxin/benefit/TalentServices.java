package cn.jiangxin.benefit;

import java.util.List;

/** What a venue sees of a talent it looked up: the masked name and the services with their quotas this year. */
record TalentServices(long personId, String maskedName, List<Entitlement> services) {

    public TalentServices {
        services = List.copyOf(services);
    }
}
