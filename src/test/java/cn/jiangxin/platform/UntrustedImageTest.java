package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;


import org.junit.jupiter.api.Test;

class UntrustedImageTest {

    /** 80 × 40: the left half red, the right half blue. */
    private static BufferedImage redLeftBlueRight() {
        BufferedImage image = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 40, 40);
        g.setColor(Color.BLUE);
        g.fillRect(40, 0, 40, 40);
        g.dispose();
        return image;
    }

    private static boolean reddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getBlue() < 60;
    }

    @Test
    void knowsPngAndJpegByTheirFirstBytesOnly() throws IOException {
        assertThat(UntrustedImage.format(cn.jiangxin.testsupport.TestPhotos.encode(redLeftBlueRight(), "png"))).contains(UntrustedImage.Format.PNG);
        assertThat(UntrustedImage.format(cn.jiangxin.testsupport.TestPhotos.encode(redLeftBlueRight(), "jpeg"))).contains(UntrustedImage.Format.JPEG);
        assertThat(UntrustedImage.format("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(UntrustedImage.format(new byte[0])).isEmpty();
        assertThat(UntrustedImage.size(cn.jiangxin.testsupport.TestPhotos.encode(redLeftBlueRight(), "png"))).contains(new UntrustedImage.Size(80, 40));
    }

    @Test
    void turnsAPhoneJpegUprightByItsExifOrientation() throws IOException {
        byte[] jpeg = cn.jiangxin.testsupport.TestPhotos.encode(redLeftBlueRight(), "jpeg");
        BufferedImage asStored = UntrustedImage.decode(cn.jiangxin.testsupport.TestPhotos.withExifOrientation(jpeg, 1), 1000, 10_000);
        assertThat(asStored.getWidth()).isEqualTo(80);

        BufferedImage clockwise = UntrustedImage.decode(cn.jiangxin.testsupport.TestPhotos.withExifOrientation(jpeg, 6), 1000, 10_000);
        assertThat(clockwise.getWidth()).isEqualTo(40);
        assertThat(clockwise.getHeight()).isEqualTo(80);
        assertThat(reddish(clockwise.getRGB(20, 10))).as("the left side is now the top").isTrue();
        assertThat(reddish(clockwise.getRGB(20, 70))).isFalse();

        BufferedImage counterClockwise = UntrustedImage.decode(cn.jiangxin.testsupport.TestPhotos.withExifOrientation(jpeg, 8), 1000, 10_000);
        assertThat(reddish(counterClockwise.getRGB(20, 70))).as("the left side is now the bottom").isTrue();
        BufferedImage upsideDown = UntrustedImage.decode(cn.jiangxin.testsupport.TestPhotos.withExifOrientation(jpeg, 3), 1000, 10_000);
        assertThat(reddish(upsideDown.getRGB(70, 20))).as("the left side is now the right").isTrue();
    }

    @Test
    void refusesTooManyPixelsReducesLargeOnesAndReEncodesOnlyPixels() throws IOException {
        byte[] png = cn.jiangxin.testsupport.TestPhotos.encode(redLeftBlueRight(), "png");
        assertThatThrownBy(() -> UntrustedImage.decode(png, 1000, 80 * 40 - 1)).isInstanceOf(IOException.class);
        BufferedImage small = UntrustedImage.decode(png, 20, 10_000);
        assertThat(small.getWidth()).isEqualTo(20);
        assertThat(small.getHeight()).isEqualTo(10);

        byte[] withScript = (new String(png, StandardCharsets.ISO_8859_1) + "<script>alert(1)</script>")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] again = UntrustedImage.png(UntrustedImage.decode(withScript, 1000, 10_000));
        assertThat(new String(again, StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
        assertThat(UntrustedImage.format(UntrustedImage.jpeg(small, 0.8f))).contains(UntrustedImage.Format.JPEG);

        byte[] truncated = java.util.Arrays.copyOf(png, 30);
        assertThatThrownBy(() -> UntrustedImage.decode(truncated, 1000, 10_000)).isInstanceOf(IOException.class);
    }
}
