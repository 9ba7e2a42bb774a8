package cn.jiangxin.listimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Uploaded lists, under {@code <storage-dir>/imports} with random names, outside the web root. */
@Component
class ImportFiles {

    private final Path dir;
    private final SecureRandom random = new SecureRandom();

    ImportFiles(@Value("${jiangxin.storage-dir:./data/files}") String storageDir) {
        this.dir = Path.of(storageDir).toAbsolutePath().normalize().resolve("imports");
    }

    Path pathOf(String storedName) {
        if (!storedName.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a stored name: " + storedName);
        }
        return dir.resolve(storedName);
    }

    /** Copies the upload under a fresh random name and gives the name. */
    String write(InputStream in) {
        byte[] name = new byte[16];
        random.nextBytes(name);
        String storedName = HexFormat.of().formatHex(name);
        try {
            Files.createDirectories(dir);
            Files.copy(in, pathOf(storedName), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return storedName;
    }

    void delete(String storedName) {
        try {
            Files.deleteIfExists(pathOf(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
