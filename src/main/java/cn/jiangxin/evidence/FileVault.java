package cn.jiangxin.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The bytes of uploads, under {@code <storage-dir>/nomination} with random names, outside the web root. */
@Component
class FileVault {

    private final Path dir;
    private final SecureRandom random = new SecureRandom();

    FileVault(@Value("${jiangxin.storage-dir:./data/files}") String storageDir) {
        this.dir = Path.of(storageDir).toAbsolutePath().normalize().resolve("nomination");
    }

    Path pathOf(String storedName) {
        if (!storedName.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a stored name: " + storedName);
        }
        return dir.resolve(storedName);
    }

    /** Bytes written under a fresh random name; the caller deletes the file if it is refused after all. */
    record Written(String storedName, Path path, long size, String sha256) {
    }

    /** Copies at most {@code max} bytes; answers empty, with nothing left on disk, when there are more. */
    Optional<Written> write(InputStream in, long max) throws IOException {
        Files.createDirectories(dir);
        byte[] name = new byte[16];
        random.nextBytes(name);
        String stored = HexFormat.of().formatHex(name);
        Path path = dir.resolve(stored);
        MessageDigest sha = sha256();
        long size = 0;
        try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW)) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                if (size > max) {
                    out.close();
                    delete(path);
                    return Optional.empty();
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            delete(path);
            throw e;
        }
        return Optional.of(new Written(stored, path, size, HexFormat.of().formatHex(sha.digest())));
    }

    static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
