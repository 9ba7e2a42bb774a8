package cn.jiangxin.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonValuesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void theIdNumberNeverPrintsInFullInPersonRecords() {
        PersonDraft draft = PersonDraft.of("张伟", "110105198503121234", "13910001001", 7L, TODAY);
        PersonView view = new PersonView(1, "张伟", draft.idNumber(), draft.phone(), 7);
        for (String printed : new String[] {draft.toString(), view.toString(), String.valueOf(draft.idNumber())}) {
            assertThat(printed).doesNotContain("110105198503121234").doesNotContain("19850312")
                    .doesNotContain("13910001001");
        }
        assertThat(view.toString()).contains("1101**********1234").contains("139****1001");
        assertThat(view.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(view.sex()).isEqualTo(Sex.MALE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            张伟|zw
            单丽华|dlh
            John Smith|js
            阿依古丽·买买提|ayglmmt
            """)
    void pinyinInitialsIncludeEveryReadingUpToACap(String name, String expected) {
        assertThat(PinyinInitials.of(name)).contains(expected).hasSizeLessThanOrEqualTo(PinyinInitials.CAP);
    }

    @Test
    void polyphonicCharactersGiveSeveralInitials() {
        assertThat(PinyinInitials.of("单丽华")).contains("dlh", "slh");
        assertThat(PinyinInitials.column("张伟")).isEqualTo(" zw ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            张|姓名应为2-50个字
            张3|姓名只能包含汉字或英文字母，少数民族姓名可用“·”分隔
            <b>李</b>|姓名只能包含汉字或英文字母，少数民族姓名可用“·”分隔
            """)
    void namesAreChecked(String name, String message) {
        assertThatThrownBy(() -> PersonDraft.checkedName(name)).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12345678901|手机号码应为11位数字、以13-19开头，例如13800138000
            1381234567|手机号码应为11位数字、以13-19开头，例如13800138000
            ''|手机号码不能为空
            """)
    void mobileNumbersAreChecked(String phone, String message) {
        assertThatThrownBy(() -> MobileNumber.parse(phone)).hasMessage(message);
        assertThat(MobileNumber.parse("+86 13800138000").masked()).isEqualTo("138****8000");
    }
}
