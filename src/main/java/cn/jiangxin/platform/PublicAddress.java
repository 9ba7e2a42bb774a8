package cn.jiangxin.platform;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address the public opens the system at ({@code jiangxin.public-base-url}, {@code JIANGXIN_PUBLIC_BASE_URL}), for
 * addresses that leave the system, such as the verification link in a certificate's QR code. It is configured,
 * never taken from a request, whose Host header the client chooses. The application does not start without it
 * ({@link PublicAddressFailureAnalyzer} says what to set); the demo profile defaults it to this machine.
 */
@Component
public class PublicAddress {

    static final String PROPERTY = "jiangxin.public-base-url";
    static final String VARIABLE = "JIANGXIN_PUBLIC_BASE_URL";

    private final String base;

    PublicAddress(@Value("${" + PROPERTY + ":}") String configured) {
        this.base = validated(configured.strip());
    }

    /** The public address of {@code path}, which starts with a slash. */
    public String of(String path) {
        return base + path;
    }

    private static String validated(String url) {
        if (url.isEmpty()) {
            throw new NotConfiguredException(null);
        }
        try {
            URI uri = new URI(url);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                throw new NotConfiguredException(url);
            }
        } catch (URISyntaxException e) {
            throw new NotConfiguredException(url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The public address is missing, or is not an http(s) address of a host. */
    public static final class NotConfiguredException extends IllegalStateException {

        private final String value;

        NotConfiguredException(String value) {
            super(value == null ? PROPERTY + " (" + VARIABLE + ") is not set"
                    : PROPERTY + " (" + VARIABLE + ") is not an http(s) address of a host: " + value);
            this.value = value;
        }

        /** What was configured, or null when nothing was. */
        public String value() {
            return value;
        }
    }
}
