package cn.jiangxin.reward;

import java.time.Clock;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.platform.Money;
import cn.jiangxin.policy.PolicyTerms;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.unit.UnitView;
import cn.jiangxin.unit.Units;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens two reward cases per WorldSkills gold medal of a certified talent (art. 4 item 1): one for the medallist and
 * one for the training unit, with the amounts of the policy version the talent was certified under. The database's
 * unique (medal, beneficiary kind) makes a redelivered event or a later certification with the same medal a no-op.
 */
@Component
class RewardGrants {

    private final RewardCaseStore store;
    private final PolicyVersions versions;
    private final People people;
    private final Units units;
    private final AuditTrail audit;
    private final Clock clock;

    RewardGrants(RewardCaseStore store, PolicyVersions versions, People people, Units units, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.versions = versions;
        this.people = people;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TalentCertified event) {
        grant(event);
    }

    /** Idempotent: returns how many cases it opened (0 when all existed). */
    int grant(TalentCertified event) {
        if (event.worldSkillsGolds().isEmpty()) {
            return 0;
        }
        PolicyTerms terms = versions.published(event.policyVersion()).orElseThrow(() -> new IllegalStateException(
                "policy version " + event.policyVersion() + " of certification " + event.certificationId()
                        + " is not published")).terms();
        PersonView person = people.find(event.personId()).orElseThrow(() -> new IllegalStateException(
                "certified person " + event.personId() + " not in the registry"));
        int opened = 0;
        for (TalentCertified.WorldSkillsGold gold : event.worldSkillsGolds()) {
            UnitView unit = units.find(gold.trainingUnitId()).orElseThrow(() -> new IllegalStateException(
                    "training unit " + gold.trainingUnitId() + " of medal " + gold.medalKey() + " not registered"));
            opened += open(new NewRewardCase(gold.medalKey(), BeneficiaryKind.PERSON, person.id(), person.id(),
                    person.name(), event.certificationId(), event.policyVersion(), gold.wonOn(), gold.description(),
                    terms.worldSkillsGoldPersonFen()));
            opened += open(new NewRewardCase(gold.medalKey(), BeneficiaryKind.TRAINING_UNIT, person.id(), unit.id(),
                    unit.name(), event.certificationId(), event.policyVersion(), gold.wonOn(), gold.description(),
                    terms.worldSkillsGoldTrainingUnitFen()));
        }
        return opened;
    }

    private int open(NewRewardCase c) {
        if (!store.insertIfAbsent(c, clock.instant())) {
            return 0;
        }
        long id = store.find(c.medalKey(), c.kind()).orElseThrow().id();
        audit.recordChange("REWARD_CASE_OPENED", "reward_case", id, c.medalKey() + " " + c.kind() + " "
                + c.beneficiaryName() + " " + Money.yuan(c.amountFen()) + " policy=" + c.policyVersion());
        return 1;
    }
}
