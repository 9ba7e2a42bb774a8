package cn.jiangxin.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.jiangxin.certification.CertificationRevocations;
import cn.jiangxin.certification.RevocationKind;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.Staff;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The command-line verifier of tools/card-verifier runs as a venue would run it, with no connection: the keys and
 * the revocation list saved from the API, and a token; it verifies with Bouncy Castle's low-level SM2Signer, so a
 * token the server signed through the JCA provider passing it is also the interoperability check.
 */
@JiangxinTest
@MovableClock
class OfflineCardVerifierTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired CertificationRevocations revocations;
    @Autowired Staff staff;

    @TempDir Path dir;

    record Run(int exit, String out) {
    }

    Run run(String token) throws Exception {
        Path keys = dir.resolve("keys.json");
        Path revoked = dir.resolve("revocations.json");
        Files.writeString(keys, mvc.perform(get("/api/v1/cards/keys")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        Files.writeString(revoked, mvc.perform(get("/api/v1/cards/revocations")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String bouncyCastle = new File(SM2Signer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        Process process = new ProcessBuilder(List.of(java, "-cp", bouncyCastle, "tools/card-verifier/OfflineCardVerifier.java",
                keys.toString(), revoked.toString(), token, "--at", clock.instant().plusSeconds(30).toString()))
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aVenueChecksCardsOfflineWithTheSavedKeysAndRevocationList() throws Exception {
        CardFixture fixture = new CardFixture(context);
        var t = fixture.certified();
        String token = fixture.token(t);

        Run valid = run(token);
        assertThat(valid.out()).startsWith("VALID cn=" + t.cn() + " nm=")
                .contains("revocation list as of " + clock.instant(), "age 0h 0m");
        assertThat(valid.exit()).isZero();

        String tampered = token.substring(0, token.lastIndexOf('.') - 2) + (token.charAt(token.lastIndexOf('.') - 2) == 'A' ? "B" : "A")
                + token.substring(token.lastIndexOf('.') - 1);
        Run bad = run(tampered);
        assertThat(bad.out()).matches("(?s)REFUSED (BAD_SIGNATURE|INVALID_TOKEN).*");
        assertThat(bad.exit()).isEqualTo(1);

        revocations.revoke(staff.approver(), t.certification().id(), RevocationKind.ENDED_EARLY, "本人申请提前终止");
        Run revoked = run(token);
        assertThat(revoked.out()).startsWith("REFUSED REVOKED");

        clock.advance(Duration.ofMinutes(10));
        assertThat(run(token).out()).startsWith("REFUSED EXPIRED");
    }
}
