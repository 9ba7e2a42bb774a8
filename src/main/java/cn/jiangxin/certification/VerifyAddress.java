package cn.jiangxin.certification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public address where a certificate is checked, for its QR code: {@code jiangxin.public-base-url} followed by
 * {@code /verify/<code>}; without that property, the address the current request came in on.
 */
@Component
class VerifyAddress {

    private final String baseUrl;

    VerifyAddress(@Value("${jiangxin.public-base-url:}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String of(Certification c) {
        String base = baseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : baseUrl;
        return base + "/verify/" + c.verificationCode();
    }
}
