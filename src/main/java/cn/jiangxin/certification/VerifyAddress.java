package cn.jiangxin.certification;

import cn.jiangxin.platform.PublicAddress;
import org.springframework.stereotype.Component;

/**
 * The public address where a certificate is checked, for its QR code: the configured public address of the system
 * followed by {@code /verify/<code>}, whatever address the request that downloads the certificate came in on.
 */
@Component
class VerifyAddress {

    private final PublicAddress publicAddress;

    VerifyAddress(PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
    }

    String of(Certification c) {
        return publicAddress.of("/verify/" + c.verificationCode());
    }
}
