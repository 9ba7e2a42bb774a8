package cn.jiangxin.person;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for people, with the same scope rules as the pages; ID and phone numbers only ever leave masked. */
@RestController
@RequestMapping("/api/v1/people")
@PreAuthorize("hasAnyRole('UNIT_OFFICER','REVIEWER','APPROVER','SYSTEM_ADMIN')")
class PersonApi {

    private final People people;
    private final CurrentUsers currentUsers;

    PersonApi(People people, CurrentUsers currentUsers) {
        this.people = people;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    List<PersonJson> search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId) {
        return people.search(currentUsers.require(), q, unitId).stream().map(PersonJson::of).toList();
    }

    @GetMapping("/{id}")
    PersonJson get(@PathVariable long id) {
        return PersonJson.of(people.requireVisible(currentUsers.require(), id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','SYSTEM_ADMIN')")
    ResponseEntity<PersonJson> register(@RequestBody PersonRequest request) {
        CurrentUser user = currentUsers.require();
        Long unitId = request.unitId() == null && !user.seesAllUnits() ? user.unitId() : request.unitId();
        PersonDraft draft = PersonDraft.of(request.name(), request.idNumber(), request.phone(), unitId, people.today());
        long id = people.register(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id))
                .body(PersonJson.of(people.find(id).orElseThrow()));
    }

    record PersonRequest(String name, String idNumber, String phone, Long unitId) {
    }

    record PersonJson(long id, String name, String idNumberMasked, LocalDate birthDate, Sex sex, String phoneMasked,
            long unitId) {

        static PersonJson of(PersonView p) {
            return new PersonJson(p.id(), p.name(), p.idNumber().masked(), p.birthDate(), p.sex(), p.phone().masked(),
                    p.unitId());
        }
    }
}
