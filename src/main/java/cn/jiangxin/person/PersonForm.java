package cn.jiangxin.person;

import java.time.LocalDate;
import java.util.function.Supplier;

import cn.jiangxin.platform.RuleViolationException;
import org.springframework.validation.BindingResult;

/** The person form as typed; mutable for form binding. On edit, a blank ID or phone number keeps the stored one. */
class PersonForm {

    private String name;
    private String idNumber;
    private String phone;
    private Long unitId;

    static PersonForm of(PersonView p) {
        PersonForm f = new PersonForm();
        f.name = p.name();
        f.unitId = p.unitId();
        return f;
    }

    /** The draft, or null after every wrong field has been reported next to itself. */
    PersonDraft toDraft(BindingResult errors, LocalDate today, PersonView existing) {
        boolean keepId = existing != null && blank(idNumber);
        boolean keepPhone = existing != null && blank(phone);
        check(errors, () -> PersonDraft.checkedName(name));
        ResidentIdNumber id = keepId ? existing.idNumber() : check(errors, () -> ResidentIdNumber.parse(idNumber, today));
        MobileNumber mobile = keepPhone ? existing.phone() : check(errors, () -> MobileNumber.parse(phone));
        check(errors, () -> PersonDraft.requiredUnit(unitId));
        if (errors.hasErrors()) {
            return null;
        }
        return new PersonDraft(name, id, mobile, unitId);
    }

    private static void reject(BindingResult errors, RuleViolationException e) {
        errors.rejectValue(e.field() == null ? "name" : e.field(), "person.invalid", e.getMessage());
    }

    private static <T> T check(BindingResult errors, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuleViolationException e) {
            reject(errors, e);
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
}
