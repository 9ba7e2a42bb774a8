package cn.jiangxin.person;

import java.time.LocalDate;

/**
 * A registered person. The ID and phone numbers are value types that print masked, so this record never shows them
 * in full in logs or {@code toString()}.
 */
public record PersonView(long id, String name, ResidentIdNumber idNumber, MobileNumber phone, long unitId) {

    public LocalDate birthDate() {
        return idNumber.birthDate();
    }

    public Sex sex() {
        return idNumber.sex();
    }
}
