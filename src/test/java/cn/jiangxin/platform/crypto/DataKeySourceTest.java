package cn.jiangxin.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataKeySourceTest {

    @TempDir
    Path dir;

    private final DataKeySource source = new DataKeySource();

    @Test
    void generatesARandomKeyOnceBesideTheStorageDirectoryAndReusesIt() throws Exception {
        String storage = dir.resolve("files").toString();
        DataKey first = source.dataKey("", storage);
        Path file = dir.resolve("keys/data.key");
        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).isEqualTo(first.bytes());
        assertThat(source.dataKey("", storage).bytes()).isEqualTo(first.bytes());
        assertThat(first.toString()).doesNotContain(Base64.getEncoder().encodeToString(first.bytes()));
    }

    @Test
    void theConfiguredKeyWinsAndMustBe16Bytes() {
        byte[] key = new byte[16];
        key[3] = 9;
        String storage = dir.resolve("files").toString();
        assertThat(source.dataKey(Base64.getEncoder().encodeToString(key), storage).bytes()).isEqualTo(key);
        assertThat(dir.resolve("keys")).doesNotExist();
        assertThatThrownBy(() -> source.dataKey("c2hvcnQ=", dir.toString()))
                .hasMessageContaining("Base64 of exactly 16 bytes");
    }
}
