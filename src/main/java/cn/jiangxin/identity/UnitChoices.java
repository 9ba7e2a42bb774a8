package cn.jiangxin.identity;

import java.util.List;
import java.util.Optional;

/**
 * What identity needs to know about units to attach an officer to one. The unit module implements it, so
 * identity does not depend on unit.
 */
public interface UnitChoices {

    List<Choice> all();

    Optional<Choice> find(long unitId);

    record Choice(long id, String name) {
    }
}
