package cn.jiangxin.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to set when the application refuses to start without its public address (META-INF/spring.factories). */
class PublicAddressFailureAnalyzer extends AbstractFailureAnalyzer<PublicAddress.NotConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PublicAddress.NotConfiguredException cause) {
        String what = cause.value() == null ? "The public address of the system is not set."
                : "The public address of the system, '" + cause.value() + "', is not an http(s) address of a host.";
        return new FailureAnalysis(what + " It is printed in the QR code of every certificate (its /verify address),"
                + " and it is never taken from a request, whose Host header the client chooses.",
                "Set the environment variable " + PublicAddress.VARIABLE + " (or the property " + PublicAddress.PROPERTY
                        + ") to the address the public opens the system at, for example"
                        + " https://jiangxin.example.gov.cn. The demo profile uses http://localhost:<server.port>.",
                cause);
    }
}
