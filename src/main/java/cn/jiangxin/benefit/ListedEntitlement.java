package cn.jiangxin.benefit;

import java.time.LocalDate;
import java.util.Map;

/** An entitlement as the staff's list shows it: the row and the person's name as registered. */
record ListedEntitlement(StoredEntitlement entitlement, String personName) {

    /** How it stands on {@code day}, its uses not counted (the list does not show them). */
    public Entitlement on(LocalDate day) {
        return entitlement.on(day, Map.of());
    }
}
