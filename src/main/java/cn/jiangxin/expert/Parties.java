package cn.jiangxin.expert;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.InvalidIdNumberException;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.unit.UnifiedSocialCreditCode;
import cn.jiangxin.unit.UnitView;
import cn.jiangxin.unit.Units;
import org.springframework.stereotype.Component;

/**
 * Units and people as typed into a need or a declared conflict, one a line: a unit by its exact name or its unified
 * social credit code, a person by ID number (found through the registry's blind index; never stored in clear).
 * Shown back as unit names and masked ID numbers.
 */
@Component
class Parties {

    private final Units units;
    private final People people;

    Parties(Units units, People people) {
        this.units = units;
        this.people = people;
    }

    Set<Long> units(CurrentUser user, String lines, String field) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String line : lines(lines)) {
            ids.add(unit(user, line).orElseThrow(() -> new RuleViolationException(field,
                    "expert.refused.unitUnknown")).id());
        }
        return ids;
    }

    private java.util.Optional<UnitView> unit(CurrentUser user, String line) {
        if (line.length() == 18) {
            try {
                return units.find(UnifiedSocialCreditCode.parse(line));
            } catch (RuleViolationException e) {
                // not a code: a name
            }
        }
        return units.choices(user, line, 20).stream().filter(u -> u.name().equals(line)).findFirst();
    }

    /** The people of the registry with these ID numbers; an ID number of nobody registered is refused. */
    Set<Long> people(String lines, String field) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String line : lines(lines)) {
            ResidentIdNumber number;
            try {
                number = ResidentIdNumber.parse(line, people.today());
            } catch (InvalidIdNumberException e) {
                throw new RuleViolationException(field, e.getMessage());
            }
            ids.add(people.find(number).orElseThrow(() -> new RuleViolationException(field,
                    "expert.refused.unregistered")).id());
        }
        return ids;
    }

    Map<Long, String> unitNames(Set<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        ids.forEach(id -> names.put(id, units.find(id).map(UnitView::name).orElse("#" + id)));
        return names;
    }

    /** Name and masked ID number of each person, for pages. */
    Map<Long, String> peopleNames(Set<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        ids.forEach(id -> names.put(id, people.find(id).map(Parties::masked).orElse("#" + id)));
        return names;
    }

    static String masked(PersonView p) {
        return p.name() + "（" + p.idNumber().masked() + "）";
    }

    private static Set<String> lines(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }
}
