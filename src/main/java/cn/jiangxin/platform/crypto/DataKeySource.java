package cn.jiangxin.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No default secrets: the data key comes from {@code jiangxin.data-key} (Base64 of 16 bytes). When that is not set,
 * a random key is generated once into {@code <storage-dir>/../keys/data.key} and read from there afterwards.
 */
@Configuration(proxyBeanMethods = false)
class DataKeySource {

    private static final Logger log = LoggerFactory.getLogger(DataKeySource.class);

    @Bean
    DataKey dataKey(@Value("${jiangxin.data-key:}") String configured,
            @Value("${jiangxin.storage-dir:./data/files}") String storageDir) {
        if (!configured.isBlank()) {
            return new DataKey(1, decode(configured.strip(), "jiangxin.data-key"));
        }
        Path file = Path.of(storageDir).toAbsolutePath().normalize().resolveSibling("keys").resolve("data.key");
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            return new DataKey(1, decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the data key file " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        Path tmp = Files.createTempFile(file.getParent(), "data", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's ACL applies
            }
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            Files.createLink(file, tmp);
            log.warn("jiangxin.data-key is not set: generated a new random data key in {}. Back it up; data "
                    + "encrypted with it cannot be read without it.", file);
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
            log.info("Using the data key another process has just generated in {}", file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            byte[] key = Base64.getDecoder().decode(base64);
            if (key.length == 16) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message below
        }
        throw new IllegalStateException("the data key in " + source + " must be Base64 of exactly 16 bytes");
    }
}
