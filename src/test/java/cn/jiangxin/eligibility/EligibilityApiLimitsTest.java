package cn.jiangxin.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import cn.jiangxin.testsupport.AnnouncedBody;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation API's limits (issue 10: 500,000 achievements answered 200 after 6 s and a 300 MB body was read into
 * memory): a body of at most 64 KiB, read no further than that whether its length is declared or it is chunked, and
 * at most 50 achievements; each refusal is problem+json that states the limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "jiangxin.eligibility-api.public=true")
@AutoConfigureMockMvc
@DirtiesContext
class EligibilityApiLimitsTest {

    static final int LIMIT = 64 * 1024;

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @LocalServerPort int port;

    static String request(int achievements) {
        String one = EligibilityApiContractTest.worldSkills(1);
        return EligibilityApiContractTest.request(EligibilityApiContractTest.man1990(), "110105", true,
                String.join(",", java.util.Collections.nCopies(achievements, one)));
    }

    ResultActions send(byte[] body) throws Exception {
        return mvc.perform(post(EligibilityApiContractTest.URL).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static byte[] padded(String json, int length) {
        byte[] body = Arrays.copyOf(json.getBytes(StandardCharsets.UTF_8), length);
        Arrays.fill(body, json.getBytes(StandardCharsets.UTF_8).length, length, (byte) ' ');
        return body;
    }

    void tooLarge(ResultActions answer) throws Exception {
        answer.andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.detail").value(containsString("64 KiB")))
                .andExpect(jsonPath("$.detail").value(containsString("65536")));
    }

    @Test
    void fiftyAchievementsAreEvaluatedAndFiftyOneAreRefusedNamingTheLimit() throws Exception {
        send(request(50).getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entitlements[?(@.code=='WORLDSKILLS_GOLD_REWARD_PERSON')]").isNotEmpty());
        send(request(51).getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("achievements"))
                .andExpect(jsonPath("$.detail").value(containsString("50")))
                .andExpect(jsonPath("$.detail").value(containsString("51")));
    }

    @Test
    void aBodyOfExactly64KiBIsReadAndOneByteMoreIsRefused() throws Exception {
        send(padded(request(3), LIMIT)).andExpect(status().isOk());
        tooLarge(send(padded(request(3), LIMIT + 1)));
    }

    @Test
    void theBodyOfIssue10IsRefused() throws Exception {
        tooLarge(send(request(500_000).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theReaderStopsOneByteAfterTheLimitAndReadsNothingOfABodyDeclaredTooLarge() {
        EvaluationRequestReader reader = new EvaluationRequestReader(json);
        CountingStream chunked = new CountingStream(10 * 1024 * 1024);
        assertThatThrownBy(() -> reader.read(chunked, -1)).isInstanceOf(EvaluationRequestReader.BodyTooLargeException.class);
        assertThat(chunked.read).isEqualTo(LIMIT + 1);
        CountingStream declared = new CountingStream(300L * 1024 * 1024);
        assertThatThrownBy(() -> reader.read(declared, declared.length))
                .isInstanceOf(EvaluationRequestReader.BodyTooLargeException.class);
        assertThat(declared.read).isZero();
    }

    /** Over a real connection: 300 MB announced and never sent are refused at once. */
    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws Exception {
        AnnouncedBody.Answer answer = AnnouncedBody.post(port, EligibilityApiContractTest.URL, "application/json",
                300L * 1024 * 1024, "Accept: application/json\r\n");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.hasHeader("Content-Type", "application/problem+json")).isTrue();
        assertThat(answer.body()).contains("64 KiB", "65536");
    }

    /** Over a real connection: a chunked body (no length declared) is counted as it streams. */
    @Test
    void aChunkedBodyOverTheLimitIsRefused() throws Exception {
        byte[] body = request(20_000).getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(1_000_000);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + EligibilityApiContractTest.URL))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("64 KiB");
    }

    /** A body of {@code length} bytes that counts how many were read. */
    static final class CountingStream extends InputStream {
        final long length;
        long read;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read == length) {
                return -1;
            }
            read++;
            return ' ';
        }
    }
}
