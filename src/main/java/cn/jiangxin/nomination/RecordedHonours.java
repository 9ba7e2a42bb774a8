package cn.jiangxin.nomination;

import java.time.Clock;
import java.util.List;

import cn.jiangxin.selection.HonourAwarded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Honours a person won in a selection round, on the person's record: each becomes an honour achievement (C2, art. 3
 * item (二)) with the date it was conferred, which every later evaluation of a case of the person counts beside the
 * achievements the form lists, and which the renewal rule sees at certification. Confirmed by the Bureau itself (it
 * recorded the awarding body's result), so no reviewer verifies it again. Recorded once per award.
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
        store.record(awarded.personId(), awarded.honourCode(), awarded.honourName(), awarded.awardedOn(),
                awarded.source(), clock.instant());
    }

    /** The person's recorded honours as achievements, indexed after the form's own. */
    List<Achievement> of(long personId) {
        List<RecordedHonourStore.RecordedHonour> honours = store.of(personId);
        java.util.ArrayList<Achievement> out = new java.util.ArrayList<>();
        for (int i = 0; i < honours.size(); i++) {
            var h = honours.get(i);
            out.add(new Achievement(FIRST_INDEX + i, Achievement.Kind.HONOR, null, null, h.honourCode(), null,
                    h.awardedOn(), h.honourName() + "（评选结果，区人力社保局登记）"));
        }
        return out;
    }
}
