package cn.jiangxin.unit;

import java.util.function.Supplier;

import cn.jiangxin.platform.RuleViolationException;
import org.springframework.validation.BindingResult;

/** The unit form as typed; mutable for form binding. */
class UnitForm {

    private String name;
    private String kind;
    private String creditCode;
    private String districtCode = DistrictCode.CHAOYANG.value();
    private String address;
    private String contactName;
    private String contactPhone;

    static UnitForm of(UnitView u) {
        UnitForm f = new UnitForm();
        f.name = u.name();
        f.kind = u.kind().name();
        f.creditCode = u.creditCode().value();
        f.districtCode = u.districtCode().value();
        f.address = u.address();
        f.contactName = u.contactName();
        f.contactPhone = u.contactPhone();
        return f;
    }

    /** The draft, or null after every wrong field has been reported next to itself. */
    UnitDraft toDraft(BindingResult errors) {
        check(errors, () -> UnitDraft.required("name", name, 2, 200, "单位名称"));
        check(errors, () -> UnitDraft.kind(kind));
        check(errors, () -> UnifiedSocialCreditCode.parse(creditCode));
        check(errors, () -> new DistrictCode(districtCode));
        check(errors, () -> UnitDraft.required("address", address, 2, 300, "地址"));
        check(errors, () -> UnitDraft.required("contactName", contactName, 2, 50, "联系人"));
        check(errors, () -> new ContactPhone(contactPhone));
        if (errors.hasErrors()) {
            return null;
        }
        return UnitDraft.of(name, kind, creditCode, districtCode, address, contactName, contactPhone);
    }

    private static void reject(BindingResult errors, RuleViolationException e) {
        errors.rejectValue(e.field() == null ? "name" : e.field(), "unit.invalid", e.getMessage());
    }

    private static void check(BindingResult errors, Supplier<?> parse) {
        try {
            parse.get();
        } catch (RuleViolationException e) {
            reject(errors, e);
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
}
