package cn.jiangxin.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangxin.platform.RuleViolationException;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Without JAZZER_FUZZ=1 this runs the seed inputs in IdPhotoFuzzTestInputs; with it, Jazzer explores. Whatever the
 * bytes, the photo check either answers a photo within its bounds or refuses it with its own message: the image
 * decoders' own exceptions, and pictures too large to decode, never get out.
 */
class IdPhotoFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void checkThrowsOnlyItsRefusal(byte[] bytes) {
        IdPhoto photo;
        try {
            photo = IdPhoto.check(bytes);
        } catch (RuleViolationException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(refused.field()).isEqualTo(IdPhoto.FIELD);
            return;
        }
        assertThat(photo.type()).isIn(ContentType.JPEG, ContentType.PNG);
        assertThat(photo.width()).isBetween(IdPhoto.MIN_WIDTH, IdPhoto.MAX_WIDTH);
        assertThat(photo.height()).isBetween(IdPhoto.MIN_HEIGHT, IdPhoto.MAX_HEIGHT);
        assertThat((double) photo.width() / photo.height()).isBetween(IdPhoto.MIN_RATIO, IdPhoto.MAX_RATIO);
    }
}
