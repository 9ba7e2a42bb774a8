package cn.jiangxin.nomination;

import java.time.Clock;
import java.util.List;

import cn.jiangxin.selection.HonourAwarded;
import cn.jiangxin.studio.StudioNamed;
import cn.jiangxin.studio.StudioRevoked;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Achievements other modules announce, on the person's record: an honour won in a selection round becomes an honour
 * achievement (C2, art. 3 item (二)) with the date it was conferred; leading a district studio the Bureau named
 * becomes a studio leadership (C3, art. 3 item (三)) from the naming date, until the studio is revoked. Every later
 * evaluation of a case of the person counts them beside the achievements the form lists, and the renewal rule sees
 * them at certification. Confirmed by the Bureau itself, so no reviewer verifies them again. Recorded once per award
 * or studio.
 */
@Component
class RecordedHonours {

    /** The position that recorded honours take after a form's own achievements (never stored as form rows). */
    static final int FIRST_INDEX = 1000;

    private final RecordedHonourStore store;
    private final Clock clock;

    RecordedHonours(RecordedHonourStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(HonourAwarded awarded) {
        store.record(awarded.personId(), Achievement.Kind.HONOR, awarded.honourCode(), awarded.honourName(),
                awarded.awardedOn(), awarded.source(), clock.instant());
    }

    @ApplicationModuleListener
    void on(StudioNamed named) {
        store.record(named.leaderPersonId(), Achievement.Kind.STUDIO_LEADER, named.level(),
                named.studioName() + "（" + named.studioNumber() + "）", named.namedOn(), named.recordKey(),
                clock.instant());
    }

    @ApplicationModuleListener
    void on(StudioRevoked revoked) {
        store.end(StudioNamed.recordKey(revoked.studioId()), revoked.revokedOn());
    }

    /**
     * The person's recorded achievements that count today, indexed after the form's own: every honour, and every
     * studio leadership not ended by today.
     */
    List<Achievement> of(long personId) {
        List<RecordedHonourStore.RecordedHonour> honours = store.of(personId, java.time.LocalDate.now(clock));
        java.util.ArrayList<Achievement> out = new java.util.ArrayList<>();
        for (int i = 0; i < honours.size(); i++) {
            var h = honours.get(i);
            out.add(h.kind() == Achievement.Kind.STUDIO_LEADER
                    ? new Achievement(FIRST_INDEX + i, Achievement.Kind.STUDIO_LEADER, null, null, null,
                            Achievement.Level.valueOf(h.honourCode()), h.awardedOn(),
                            h.honourName() + "领办人（区人力社保局命名）")
                    : new Achievement(FIRST_INDEX + i, Achievement.Kind.HONOR, null, null, h.honourCode(), null,
                            h.awardedOn(), h.honourName() + "（评选结果，区人力社保局登记）"));
        }
        return out;
    }
}
