package cn.jiangxin.eligibility;

import java.net.URI;

import cn.jiangxin.platform.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * problem+json for the v1 API: 400 only for text that is not JSON, 413 for a body over the limit, 422 for every other
 * client mistake, never 500.
 */
@RestControllerAdvice(assignableTypes = EligibilityApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EligibilityApiProblems {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @ExceptionHandler(EvaluationRequestReader.MalformedJsonException.class)
    ResponseEntity<ProblemDetail> malformed(EvaluationRequestReader.MalformedJsonException e) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-json", "Bad Request",
                "请求体不是合法的JSON" + e.location(), null);
    }

    @ExceptionHandler(EvaluationRequestReader.BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "Content Too Large",
                "请求体超过上限" + EvaluationRequestReader.MAX_BODY_BYTES / 1024 + " KiB（"
                        + EvaluationRequestReader.MAX_BODY_BYTES + "字节）", "body");
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> invalid(RuleViolationException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Unprocessable Content", e.getMessage(), e.field());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> inconsistent(IllegalArgumentException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Unprocessable Content",
                "请求内容不一致：" + e.getMessage(), null);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://jiangxin.cn/problems/" + type));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(status).contentType(PROBLEM).body(problem);
    }
}
