package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiangxin.JiangxinApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The public address of the system is configured, never taken from a request: outside the demo profile the
 * application does not start without it and says what to set (the demo profile's default: DemoPublicAddressTest).
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressTest {

    @Test
    void withoutItTheApplicationRefusesToStartAndSaysWhatToSet(CapturedOutput output) {
        // as configured by application.yml alone: TestDatabaseIsolation adds no public address
        assertThatThrownBy(() -> new SpringApplicationBuilder(JiangxinApplication.class)
                .properties("jiangxin.test.public-base-url=", "spring.main.banner-mode=off").run("--server.port=0").close())
                .hasRootCauseInstanceOf(PublicAddress.NotConfiguredException.class)
                .rootCause().hasMessageContaining("JIANGXIN_PUBLIC_BASE_URL");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
                "The public address of the system is not set.",
                "Set the environment variable JIANGXIN_PUBLIC_BASE_URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "jiangxin.example.gov.cn", "ftp://jiangxin.example.gov.cn", "https://",
        "https://jiangxin.example.gov.cn/?next=x", "https://user@jiangxin.example.gov.cn", "http://exa mple.cn"})
    void onlyAnHttpAddressOfAHostIsAccepted(String configured) {
        assertThatThrownBy(() -> new PublicAddress(configured)).isInstanceOf(PublicAddress.NotConfiguredException.class);
    }

    @Test
    void aTrailingSlashIsDropped() {
        assertThat(new PublicAddress(" https://jiangxin.example.gov.cn/ ").of("/verify/X"))
                .isEqualTo("https://jiangxin.example.gov.cn/verify/X");
        assertThat(new PublicAddress("http://10.0.0.5:8080/jiangxin").of("/verify/X"))
                .isEqualTo("http://10.0.0.5:8080/jiangxin/verify/X");
    }

    @Test
    void aWrongValueIsExplainedToo() {
        FailureAnalysis analysis = new PublicAddressFailureAnalyzer().analyze(new PublicAddress.NotConfiguredException("x"));
        assertThat(analysis.getDescription()).contains("'x'", "not an http(s) address");
        assertThat(analysis.getAction()).contains("JIANGXIN_PUBLIC_BASE_URL", "https://jiangxin.example.gov.cn");
    }
}
