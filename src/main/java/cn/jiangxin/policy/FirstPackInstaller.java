package cn.jiangxin.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * In every profile: installs the shipped Chaoyang pack as a published version when it is absent. Two nodes
 * starting at once are safe: the unique code makes the second insert fail, which is ignored.
 */
@Component
@Order(-10)
class FirstPackInstaller implements ApplicationRunner {

    static final String PACK = "policy-packs/chaoyang-2025-draft.json";
    private static final Logger log = LoggerFactory.getLogger(FirstPackInstaller.class);

    private final PolicyVersionStore store;
    private final PolicyVersions versions;
    private final Clock clock;

    FirstPackInstaller(PolicyVersionStore store, PolicyVersions versions, Clock clock) {
        this.store = store;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        PolicyPack pack = shipped();
        if (!store.exists(pack.code())) {
            try {
                store.insertPublished(pack, pack.effectiveFrom(), "system", clock.instant());
                log.info("Installed policy pack {} in force from {}", pack.code(), pack.effectiveFrom());
            } catch (DuplicateKeyException e) {
                log.info("Policy pack {} was installed by another node", pack.code());
            }
        }
        versions.refresh();
    }

    static PolicyPack shipped() throws IOException {
        try (InputStream in = new ClassPathResource(PACK).getInputStream()) {
            return PolicyPackJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
