package cn.jiangxin.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.jiangxin.policy.SupportPeriod;

/**
 * A person was certified as a leading talent under a policy version: the support period fixed at certification runs
 * from {@code supportStart} (the certification date) up to but excluding {@code supportEndExclusive} (art. 5); the
 * modules that grant benefits take it from here as {@link #supportPeriod()} and never compute it again. They read
 * the entitlements from the named policy version; each WorldSkills gold medal of the certified case is listed with
 * the training unit (培养单位) that shares its reward (art. 4 item 1). The period travels as its two dates, the
 * form in which the event publication registry has stored these events all along.
 */
public record TalentCertified(long certificationId, long personId, long nominationId, long nominatingUnitId,
        String policyVersion, LocalDate supportStart, LocalDate supportEndExclusive, List<WorldSkillsGold> worldSkillsGolds) {

    /**
     * One gold medal. {@code medalKey} names the medal itself, not the case: {@code WSG-<personId>-<year won>}. A
     * contestant competes in one skill per edition and WorldSkills is held at most once a year, so the year names
     * the edition; the same medal brought by a later nomination, even with its date written a little differently,
     * is recognised as the same one and is never rewarded twice.
     */
    public record WorldSkillsGold(String medalKey, LocalDate wonOn, String description, long trainingUnitId) {

        public WorldSkillsGold {
            Objects.requireNonNull(medalKey, "medalKey");
            Objects.requireNonNull(wonOn, "wonOn");
            description = description == null ? "" : description;
        }

        public static String keyOf(long personId, LocalDate wonOn) {
            return "WSG-" + personId + "-" + wonOn.getYear();
        }
    }

    public TalentCertified {
        Objects.requireNonNull(policyVersion, "policyVersion");
        new SupportPeriod(supportStart, supportEndExclusive); // refuses a period that does not end after it starts
        worldSkillsGolds = List.copyOf(worldSkillsGolds);
    }

    public SupportPeriod supportPeriod() {
        return new SupportPeriod(supportStart, supportEndExclusive);
    }
}
