package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CaseNumberTest {

    @Test
    void aCaseIsKnownByThePrefixTheYearItWasOpenedInBeijingAndItsSerial() {
        assertThat(CaseNumber.of(7, Instant.parse("2026-03-01T02:00:00Z"))).hasToString("CYTJ-2026-0007");
        // 31 December 2025, 17:00 UTC is already 1 January 2026 in Beijing
        assertThat(CaseNumber.of(12345, Instant.parse("2025-12-31T17:00:00Z"))).hasToString("CYTJ-2026-12345");
        assertThat(CaseNumber.of(1000, Instant.parse("2026-03-01T02:00:00Z"))).hasToString("CYTJ-2026-1000");
    }

    @Test
    void aTypedNumberFindsItsCaseHoweverItIsWritten() {
        assertThat(CaseNumber.idIn("CYTJ-2026-0007")).contains(7L);
        assertThat(CaseNumber.idIn(" cytj20260007 ")).contains(7L);
        assertThat(CaseNumber.idIn("7")).contains(7L);
        assertThat(CaseNumber.idIn("张伟")).isEmpty();
        assertThat(CaseNumber.idIn("CYTJ-2026-0000")).isEmpty();
        assertThat(CaseNumber.idIn("110105199001011234")).isEmpty();
        assertThat(CaseNumber.idIn(null)).isEmpty();
    }

    @Test
    void thereIsNoCaseNumberZeroOrBeforeTheSystem() {
        assertThatThrownBy(() -> new CaseNumber(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumber(1999, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
