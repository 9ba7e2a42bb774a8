package cn.jiangxin.platform.web;

import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.NotFoundException;
import java.net.URI;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the domain's exceptions into RFC 9457 problem+json for API clients. */
@Order(0) // before the pages' advice (PageErrors, PageRefusals), which @RestController classes match too
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ProblemResponses {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not Found");
        problem.setType(URI.create("https://jiangxin.cn/problems/not-found"));
        return problem;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleBroken(RuleViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Unprocessable Content");
        problem.setType(URI.create("https://jiangxin.cn/problems/rule-violation"));
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }
}
