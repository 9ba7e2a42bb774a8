package cn.jiangxin.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.mock.web.MockMultipartFile;

/**
 * ID photos drawn for tests, so that no picture is kept in the repository: a head and shoulders on the blue of a
 * Chinese ID photo, as JPEG or PNG of any size (a 1寸 photo is 295 × 413 pixels, a 2寸 413 × 579).
 */
public final class TestPhotos {

    /** The blue of an ID photo's background, as drawn. */
    public static final Color BACKGROUND = new Color(0x43, 0x8E, 0xDB);

    private TestPhotos() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode(draw(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(draw(width, height), "png");
    }

    /** The photo as the multipart part {@code file} named {@code filename}. */
    /**
     * The JPEG with an EXIF block (big-endian TIFF, one IFD entry: orientation) right after its start marker, as a
     * phone writes one.
     */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] app1 = {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        byte[] out = new byte[jpeg.length + app1.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(app1, 0, out, 2, app1.length);
        System.arraycopy(jpeg, 2, out, 2 + app1.length, jpeg.length - 2);
        return out;
    }

    public static MockMultipartFile upload(String filename, byte[] bytes) {
        return new MockMultipartFile("file", filename, "application/octet-stream", bytes);
    }

    private static BufferedImage draw(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x22, 0x2A, 0x35));
        g.fillRoundRect(width / 10, height * 7 / 10, width * 8 / 10, height * 4 / 10, width / 3, width / 3);
        g.setColor(new Color(0xF1, 0xC2, 0x9A));
        g.fillOval(width * 3 / 10, height / 5, width * 4 / 10, height * 2 / 5);
        g.setColor(new Color(0x1B, 0x1B, 0x1B));
        g.fillArc(width * 3 / 10, height / 6, width * 4 / 10, height / 4, 0, 180);
        g.dispose();
        return image;
    }

    /** The image written in the format ("png", "jpeg"); fails when the JDK has no writer for it. */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
