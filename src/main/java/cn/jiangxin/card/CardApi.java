package cn.jiangxin.card;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.jiangxin.certification.CertificationRevocations;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contract: shared/api/talent-card-v1.md. The keys and the revocation list for anyone; the talent's own token;
 * verification and redemption for venues (their API token or their browser session), refusals as problem+json with
 * the contract's code.
 */
@RestController
@RequestMapping(path = "/api/v1/cards", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Talent card v1", description = "Signed talent card tokens: keys, revocations, verification, redemption")
class CardApi {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final CardKeys keys;
    private final CertificationRevocations revocations;
    private final CardIssuer issuer;
    private final CardVerifications verifications;
    private final CardRedemptions redemptions;
    private final CurrentUsers users;
    private final MessageSource messages;
    private final Clock clock;

    CardApi(CardKeys keys, CertificationRevocations revocations, CardIssuer issuer, CardVerifications verifications,
            CardRedemptions redemptions, CurrentUsers users, MessageSource messages, Clock clock) {
        this.keys = keys;
        this.revocations = revocations;
        this.issuer = issuer;
        this.verifications = verifications;
        this.redemptions = redemptions;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The body of a verification: the scanned token, and optionally (ADR 0010, not in the contract) the service the
     * venue is about to record, for the booking check.
     */
    record VerificationRequest(String token, String service) {
    }

    /** The body of a redemption: the token, the service and the venue's scan id (a UUID). */
    record RedemptionRequest(String token, String service, String scanId) {
    }

    @GetMapping("/keys")
    @Operation(summary = "The published SM2 keys (ACTIVE signs; RETIRED until its last token has expired)")
    Map<String, Object> keys() {
        return Map.of("keys", keys.publishedKeys().stream().map(k -> {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("kid", k.kid());
            key.put("alg", "SM2");
            key.put("publicKey", k.publicKey());
            key.put("status", k.status());
            return key;
        }).toList());
    }

    @GetMapping("/revocations")
    @Operation(summary = "Every certificate whose card must be refused, as of now")
    Map<String, Object> revocations() {
        String asOf = clock.instant().toString();
        List<Map<String, String>> revoked = revocations.list().stream()
                .map(r -> Map.of("cn", r.certificateNo(), "since", r.since().toString())).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", asOf);
        body.put("revoked", revoked);
        return body;
    }

    @GetMapping("/mine")
    @PreAuthorize("hasRole('TALENT')")
    @Operation(summary = "A fresh token for the signed-in talent; 404 without an active certification")
    Map<String, String> mine() {
        CardIssuer.Issued issued = issuer.issue(users.require())
                .orElseThrow(() -> new NotFoundException("您目前没有有效的高技能领军人才认定，没有人才卡"));
        return Map.of("token", issued.token(), "expiresAt", issued.expiresAt().toString());
    }

    @PostMapping(path = "/verifications", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"})
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Verify a token: valid with the certificate, or the refusal code", description =
            "Refusal codes are the contract's, plus BOOKING_REQUIRED (ADR 0010): when the optional \"service\" is sent"
            + " and the policy says it is used by appointment only, a talent without a booking today at this venue is"
            + " refused; with a booking due today the token is valid. Without \"service\" the answer is the contract's.")
    Map<String, Object> verify(@RequestBody VerificationRequest request) {
        TokenRules.Verdict verdict = verifications.verify(request == null ? null : request.token());
        boolean bookingMissing = verdict.valid() && request.service() != null
                && redemptions.booking(users.require(), verdict.token(), request.service().strip())
                        == CardRedemptions.Booking.MISSING;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", verdict.valid() && !bookingMissing);
        if (bookingMissing) {
            body.put("code", CardRefusal.BOOKING_REQUIRED.name());
        } else if (verdict.valid()) {
            body.put("cn", verdict.token().cn());
            body.put("nm", verdict.token().nm());
            body.put("to", verdict.token().to().toString());
        } else {
            body.put("code", verdict.refusal().name());
        }
        return body;
    }

    @PostMapping(path = "/redemptions", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"})
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Record one use of a service, exactly once per scanId (201, or 200 when repeated)",
            description = "A booking of the service due today at this venue is redeemed (its use was counted when"
                    + " booked; usedThisYear and remaining include it). Refusal codes are the contract's, plus"
                    + " BOOKING_REQUIRED (422, ADR 0010): the service is used by appointment only and the talent has no"
                    + " booking today at this venue.")
    ResponseEntity<Map<String, Object>> redeem(@RequestBody RedemptionRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("no body");
        }
        CardRedemptions.Redeemed r = redemptions.redeem(users.require(), request.token(), request.service(),
                request.scanId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", "REDEEMED");
        body.put("scanId", r.scanId());
        body.put("cn", r.cn());
        body.put("nm", r.nm());
        body.put("service", r.use().service());
        body.put("supportYear", r.use().supportYear());
        body.put("usedThisYear", r.use().usedThisYear());
        body.put("quotaPerYear", r.use().quotaPerYear());
        body.put("remaining", r.use().remaining());
        return ResponseEntity.status(r.use().repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
    }

    @ExceptionHandler(CardRefused.class)
    ResponseEntity<ProblemDetail> refused(CardRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("card.refusal." + e.refusal().name(), null, CHINESE));
        problem.setTitle("Unprocessable Content");
        problem.setType(URI.create("https://jiangxin.cn/problems/card/" + e.refusal().name().toLowerCase(Locale.ROOT)));
        problem.setProperty("code", e.refusal().name());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> malformed(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "请求格式不正确：请发送 token、service 和 UUID 格式的 scanId");
        problem.setTitle("Bad Request");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
