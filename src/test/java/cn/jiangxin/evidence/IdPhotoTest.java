package cn.jiangxin.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.testsupport.PdfBytes;
import cn.jiangxin.testsupport.TestPhotos;
import org.junit.jupiter.api.Test;

/** The checks of an ID photo before anything is stored: its bytes, the size its header states, its pixels. */
class IdPhotoTest {

    @Test
    void oneInchAndTwoInchPhotosAreTakenAsJpegOrPng() {
        assertThat(IdPhoto.check(TestPhotos.jpeg(295, 413))).isEqualTo(new IdPhoto(ContentType.JPEG, 295, 413));
        assertThat(IdPhoto.check(TestPhotos.png(413, 579))).isEqualTo(new IdPhoto(ContentType.PNG, 413, 579));
        assertThat(IdPhoto.check(TestPhotos.jpeg(358, 441))).as("the ID card's 26 × 32 mm").isNotNull();
    }

    @Test
    void aPdfOrAnythingElseIsNoPhotoWhateverItsName() {
        refused(PdfBytes.minimal(), "照片须为JPEG或PNG图片（按文件内容判断，与文件名无关），该文件不是，请另选照片");
        refused("<html></html>".getBytes(StandardCharsets.UTF_8), "照片须为JPEG或PNG图片");
        refused(new byte[0], "照片须为JPEG或PNG图片");
    }

    @Test
    void theSizeItsHeaderStatesIsCheckedBeforeAnyPixelIsDecoded() {
        refused(TestPhotos.png(3000, 4000), "照片像素过大（3000×4000像素），请裁剪为证件照后再上传，不超过2400×3200像素");
        // a PNG header that claims 100000 × 140000 pixels and has no pixels at all: refused for its size, not decoded
        refused(pngHeader(100_000, 140_000), "照片像素过大（100000×140000像素）");
        refused(TestPhotos.jpeg(80, 112), "照片太小（80×112像素），打印会模糊，请上传至少100×130像素的证件照");
    }

    @Test
    void itMustBeAnUprightIdPhoto() {
        refused(TestPhotos.jpeg(640, 480), "照片须为竖版证件照，宽高比约5:7（如1寸295×413像素、2寸413×579像素），该照片为640×480像素");
        refused(TestPhotos.png(300, 600), "照片须为竖版证件照，宽高比约5:7（如1寸295×413像素、2寸413×579像素），该照片为300×600像素");
    }

    @Test
    void aBrokenPictureIsRefusedAsUnreadable() {
        byte[] jpeg = TestPhotos.jpeg(295, 413);
        refused(Arrays.copyOf(jpeg, jpeg.length / 2), "无法读取该JPEG图片（文件可能已损坏或格式少见），请用常见的看图软件另存为JPEG或PNG后再上传");
        byte[] png = TestPhotos.png(295, 413);
        refused(Arrays.copyOf(png, png.length / 2), "无法读取该PNG图片");
        refused(pngHeader(295, 413), "无法读取该PNG图片");
    }

    private static void refused(byte[] bytes, String message) {
        assertThatThrownBy(() -> IdPhoto.check(bytes)).isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("photo-file"));
    }

    /** The signature and the header chunk of a PNG of that size, and nothing else. */
    static byte[] pngHeader(int width, int height) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(33);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
        b.put(new byte[] {8, 2, 0, 0, 0});
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b.array(), 12, 17);
        b.putInt((int) crc.getValue());
        return b.array();
    }
}
