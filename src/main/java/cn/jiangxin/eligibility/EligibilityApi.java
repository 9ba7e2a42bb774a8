package cn.jiangxin.eligibility;

import java.io.IOException;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Contract: shared/api/eligibility-v1.md. Evaluates, stores nothing, creates no session. */
@RestController
@RequestMapping("/api/v1/eligibility")
@Tag(name = "Eligibility v1", description = "Is a person a 高技能领军人才 on a date, and why")
class EligibilityApi {

    private final EligibilityEvaluations evaluations;
    private final EvaluationRequestReader reader;

    EligibilityApi(EligibilityEvaluations evaluations, JsonMapper json) {
        this.evaluations = evaluations;
        this.reader = new EvaluationRequestReader(json);
    }

    @PostMapping(path = "/evaluations", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Evaluate eligibility under the policy version in force on asOf",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = EvaluationRequestSchema.class))))
    @ApiResponse(responseCode = "200", description = "The decision with every check")
    @ApiResponse(responseCode = "400", description = "The body is not JSON",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "The body is longer than 64 KiB",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A field is missing or invalid (detail and field name it), "
            + "a woman without retirementCategory, more than 50 achievements, or no policy version in force on asOf",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    EvaluationResponse evaluate(HttpServletRequest request) throws IOException {
        return EvaluationResponse.of(evaluations.evaluate(reader.read(request.getInputStream(),
                request.getContentLengthLong())));
    }

    /** The benchmark's ceiling: the same filter chain and JSON writing, no work. */
    @GetMapping(path = "/ping", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Liveness of the eligibility API (used as the benchmark ceiling)")
    Map<String, String> ping() {
        return Map.of("status", "UP");
    }
}
