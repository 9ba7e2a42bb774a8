package cn.jiangxin.unit;

import java.util.List;
import java.util.Optional;

import cn.jiangxin.identity.UnitChoices;
import org.springframework.stereotype.Component;

/** Offers the registered units to identity, for attaching unit officers. */
@Component
class UnitDirectory implements UnitChoices {

    private final UnitStore store;

    UnitDirectory(UnitStore store) {
        this.store = store;
    }

    @Override
    public List<Choice> all() {
        return store.choices();
    }

    @Override
    public Optional<Choice> find(long unitId) {
        return store.choice(unitId);
    }
}
