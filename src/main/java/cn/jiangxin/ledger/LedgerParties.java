package cn.jiangxin.ledger;

import java.util.Optional;

/**
 * Names a party of the ledger's sub-ledgers ({@code PERSON:12}, {@code UNIT:5}) for people: the module that posts
 * under a party knows whom it stands for, the ledger does not. A module that posts with parties provides a bean.
 */
public interface LedgerParties {

    /** The beneficiary's name, or empty when the party is not one of this module's. */
    Optional<String> nameOf(String party);
}
