package cn.jiangxin.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;

import cn.jiangxin.testsupport.Race;

import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private final FieldCipher cipher = FieldCipher.withKey(new byte[16]);

    @Test
    void encryptsWithAFreshIvAndDecryptsBack() {
        String a = cipher.encrypt("110105198503121234");
        String b = cipher.encrypt("110105198503121234");
        assertThat(a).startsWith("k1:").isNotEqualTo(b).doesNotContain("110105");
        assertThat(cipher.decrypt(a)).isEqualTo("110105198503121234");
        assertThat(cipher.decrypt(b)).isEqualTo("110105198503121234");
    }

    @Test
    void refusesAlteredValuesAndOtherKeys() {
        String stored = cipher.encrypt("13800138000");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "k1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(IllegalStateException.class);
        byte[] otherKey = new byte[16];
        otherKey[0] = 1;
        assertThatThrownBy(() -> FieldCipher.withKey(otherKey).decrypt(stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt("k2:" + stored.substring(3))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void blindIndexIsDeterministicKeyedAndNotThePlainValue() {
        assertThat(cipher.blindIndex("110105198503121234")).isEqualTo(cipher.blindIndex("110105198503121234"))
                .hasSize(64).isNotEqualTo(cipher.blindIndex("11010519920615224X"));
        byte[] otherKey = new byte[16];
        otherKey[15] = 7;
        assertThat(FieldCipher.withKey(otherKey).blindIndex("110105198503121234"))
                .isNotEqualTo(cipher.blindIndex("110105198503121234"));
    }

    @Test
    void oneCipherServesManyThreadsAtOnceWithTheSameIndexAndDecryptableValues() throws Exception {
        String index = cipher.blindIndex("110105198503121234");
        List<Race.Outcome> outcomes = Race.run(8, i -> {
            for (int n = 0; n < 200; n++) {
                String value = "11010519850312" + String.format("%04d", i * 1000 + n);
                String stored = cipher.encrypt(value);
                if (!cipher.decrypt(stored).equals(value) || !cipher.blindIndex("110105198503121234").equals(index)
                        || cipher.blindIndex(value).equals(index)) {
                    return false;
                }
            }
            return true;
        });
        assertThat(outcomes).allSatisfy(o -> assertThat(o.result()).isEqualTo(true));
    }
}
