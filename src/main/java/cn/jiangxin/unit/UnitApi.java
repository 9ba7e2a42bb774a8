package cn.jiangxin.unit;

import java.net.URI;
import java.util.List;

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

/** JSON API for units, with the same scope rules as the pages; errors are RFC 9457 problem+json. */
@RestController
@RequestMapping("/api/v1/units")
@PreAuthorize("hasAnyRole('UNIT_OFFICER','REVIEWER','APPROVER','SYSTEM_ADMIN')")
class UnitApi {

    private final Units units;
    private final CurrentUsers currentUsers;

    UnitApi(Units units, CurrentUsers currentUsers) {
        this.units = units;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    List<UnitJson> search(@RequestParam(name = "q", required = false) String q) {
        return units.search(currentUsers.require(), q).stream().map(UnitJson::of).toList();
    }

    @GetMapping("/{id}")
    UnitJson get(@PathVariable long id) {
        return UnitJson.of(units.requireVisible(currentUsers.require(), id));
    }

    @PostMapping
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<UnitJson> register(@RequestBody UnitRequest request) {
        UnitDraft draft = UnitDraft.of(request.name(), request.kind(), request.creditCode(), request.districtCode(),
                request.address(), request.contactName(), request.contactPhone());
        long id = units.register(currentUsers.require(), draft);
        return ResponseEntity.created(URI.create("/api/v1/units/" + id)).body(UnitJson.of(units.find(id).orElseThrow()));
    }

    record UnitRequest(String name, String kind, String creditCode, String districtCode, String address,
            String contactName, String contactPhone) {
    }

    record UnitJson(long id, String name, UnitKind kind, String creditCode, String districtCode, boolean inChaoyang,
            String address, String contactName, String contactPhone) {

        static UnitJson of(UnitView u) {
            return new UnitJson(u.id(), u.name(), u.kind(), u.creditCode().value(), u.districtCode().value(),
                    u.inChaoyang(), u.address(), u.contactName(), u.contactPhone());
        }
    }
}
