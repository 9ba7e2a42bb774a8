package cn.jiangxin.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

class UploadLimitFilterTest {

    private final UploadLimitFilter filter = new UploadLimitFilter();

    @Test
    void aTooLargeUploadToACaseGoesBackToItsForm() throws Exception {
        var request = new MockHttpServletRequest("POST", "/nominations/42/files");
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new ServletException("Request processing failed", new IllegalStateException(
                    new MaxUploadSizeExceededException(10 * 1024 * 1024)));
        });
        assertThat(response.getRedirectedUrl()).isEqualTo("/nominations/42/edit?tooLarge");
    }

    @Test
    void otherFailuresAndOtherPathsAreLeftAlone() {
        var upload = new MockHttpServletRequest("POST", "/nominations/42/files");
        assertThatThrownBy(() -> filter.doFilter(upload, new MockHttpServletResponse(), (req, res) -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        var elsewhere = new MockHttpServletRequest("POST", "/people");
        assertThatThrownBy(() -> filter.doFilter(elsewhere, new MockHttpServletResponse(), (req, res) -> {
            throw new MaxUploadSizeExceededException(1);
        })).isInstanceOf(MaxUploadSizeExceededException.class);
    }
}
