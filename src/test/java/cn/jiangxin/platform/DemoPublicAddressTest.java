package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangxin.testsupport.DemoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The demo profile needs no public address: it uses this machine at the configured server port. */
@DemoTest
@TestPropertySource(properties = {"jiangxin.test.public-base-url=", "server.port=9090"})
@DirtiesContext
class DemoPublicAddressTest {

    @Autowired
    PublicAddress address;

    @Test
    void theDemoUsesThisMachineAndItsPort() {
        assertThat(address.of("/verify/X")).isEqualTo("http://localhost:9090/verify/X");
    }
}
