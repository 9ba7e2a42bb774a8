package cn.jiangxin.nomination;

import java.util.Objects;
import java.util.Optional;

import cn.jiangxin.identity.IssuedCredentials;

/**
 * A workflow action taken: its transition, and the talent's new credentials when the action was the first submission
 * about the person and opened their account (shown to the officer once).
 */
public record ActionTaken(Transition transition, Optional<IssuedCredentials> talentCredentials) {

    public ActionTaken {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(talentCredentials, "talentCredentials");
    }
}
