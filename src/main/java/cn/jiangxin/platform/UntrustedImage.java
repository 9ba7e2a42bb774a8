package cn.jiangxin.platform;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * PNG and JPEG images that users upload (evidence scans, the Bureau's seal), read so that a hostile file cannot
 * exhaust memory: the type from the first bytes, the dimensions from the header before any pixel is decoded, a cap
 * on pixels, and decoding subsampled to about the size shown. Writing what was read as a new PNG or JPEG keeps
 * nothing but pixels: no metadata, no trailing data, nothing a browser could take for something else.
 */
public final class UntrustedImage {

    public enum Format {
        PNG, JPEG
    }

    public record Size(int width, int height) {
        public long pixels() {
            return (long) width * height;
        }
    }

    private UntrustedImage() {
    }

    /** The format by the first bytes, whatever a name or a declared type says. */
    public static Optional<Format> format(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(Format.PNG);
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(Format.JPEG);
        }
        return Optional.empty();
    }

    /** The dimensions its header states, without decoding; empty when it is no PNG or JPEG that can be read. */
    public static Optional<Size> size(byte[] bytes) {
        try {
            return Optional.of(withReader(bytes, reader -> new Size(reader.getWidth(0), reader.getHeight(0))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The picture, upright (a JPEG's EXIF orientation applied) and no larger than {@code maxSide} on either side.
     *
     * @throws IOException when it is no PNG or JPEG, has more than {@code maxPixels} pixels or cannot be decoded
     */
    public static BufferedImage decode(byte[] bytes, int maxSide, long maxPixels) throws IOException {
        BufferedImage image;
        try {
            image = withReader(bytes, reader -> {
                Size size = new Size(reader.getWidth(0), reader.getHeight(0));
                if (size.width() < 1 || size.height() < 1 || size.pixels() > maxPixels) {
                    throw new IOException("image of " + size + " refused");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(size.width(), size.height()) / (2 * maxSide));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            });
        } catch (RuntimeException e) {
            throw new IOException("image cannot be decoded", e);
        }
        BufferedImage scaled = fit(image, maxSide);
        int orientation = format(bytes).orElseThrow() == Format.JPEG ? ExifOrientation.of(bytes) : 1;
        return ExifOrientation.upright(scaled, orientation);
    }

    /** A new PNG of the pixels, with transparency. */
    public static byte[] png(BufferedImage image) throws IOException {
        BufferedImage argb = redraw(image, BufferedImage.TYPE_INT_ARGB, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(argb, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    /** A new JPEG of the pixels, transparent ones white. */
    public static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        BufferedImage rgb = redraw(image, BufferedImage.TYPE_INT_RGB, Color.WHITE);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T withReader(byte[] bytes, ReaderWork<T> work) throws IOException {
        Format format = format(bytes).orElseThrow(() -> new IOException("neither PNG nor JPEG"));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase());
            if (!readers.hasNext()) {
                throw new IOException("no reader for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return work.apply(reader);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage fit(BufferedImage image, int maxSide) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= maxSide) {
            return image;
        }
        double scale = (double) maxSide / longest;
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage redraw(BufferedImage image, int type, Color background) {
        if (image.getType() == type) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            if (background != null) {
                g.setColor(background);
                g.fillRect(0, 0, out.getWidth(), out.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The orientation tag (0x0112) of a JPEG's EXIF block, and turning pixels upright by it. */
    static final class ExifOrientation {

        private ExifOrientation() {
        }

        /** 1 (upright) to 8; 1 when there is no readable tag. */
        static int of(byte[] jpeg) {
            int pos = 2;
            while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
                int marker = jpeg[pos + 1] & 0xFF;
                if (marker == 0xDA || marker == 0xD9) {
                    break;
                }
                int length = u16(jpeg, pos + 2, true);
                if (marker == 0xE1 && length >= 8 && pos + 2 + length <= jpeg.length && isExif(jpeg, pos + 4)) {
                    return fromTiff(jpeg, pos + 10, pos + 2 + length);
                }
                pos += 2 + length;
            }
            return 1;
        }

        private static boolean isExif(byte[] b, int at) {
            return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0
                    && b[at + 5] == 0;
        }

        private static int fromTiff(byte[] b, int tiff, int end) {
            if (tiff + 8 > end) {
                return 1;
            }
            boolean bigEndian = b[tiff] == 'M' && b[tiff + 1] == 'M';
            if (!bigEndian && !(b[tiff] == 'I' && b[tiff + 1] == 'I')) {
                return 1;
            }
            long ifd = u32(b, tiff + 4, bigEndian);
            if (ifd < 8 || tiff + ifd + 2 > end) {
                return 1;
            }
            int entries = u16(b, (int) (tiff + ifd), bigEndian);
            for (int i = 0; i < entries; i++) {
                int entry = (int) (tiff + ifd + 2 + 12L * i);
                if (entry + 12 > end) {
                    return 1;
                }
                if (u16(b, entry, bigEndian) == 0x0112) {
                    int value = u16(b, entry + 8, bigEndian);
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
            return 1;
        }

        /** The pixels as they are meant to be seen: EXIF orientations 2 to 8 mirror, rotate or both. */
        static BufferedImage upright(BufferedImage raw, int orientation) {
            if (orientation < 2 || orientation > 8) {
                return raw;
            }
            int w = raw.getWidth();
            int h = raw.getHeight();
            boolean swap = orientation >= 5;
            BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int argb = raw.getRGB(x, y);
                    switch (orientation) {
                        case 2 -> out.setRGB(w - 1 - x, y, argb);
                        case 3 -> out.setRGB(w - 1 - x, h - 1 - y, argb);
                        case 4 -> out.setRGB(x, h - 1 - y, argb);
                        case 5 -> out.setRGB(y, x, argb);
                        case 6 -> out.setRGB(h - 1 - y, x, argb);
                        case 7 -> out.setRGB(h - 1 - y, w - 1 - x, argb);
                        default -> out.setRGB(y, w - 1 - x, argb);
                    }
                }
            }
            return out;
        }

        private static int u16(byte[] b, int at, boolean bigEndian) {
            if (at < 0 || at + 2 > b.length) {
                return 0;
            }
            int hi = bigEndian ? b[at] & 0xFF : b[at + 1] & 0xFF;
            int lo = bigEndian ? b[at + 1] & 0xFF : b[at] & 0xFF;
            return hi << 8 | lo;
        }

        private static long u32(byte[] b, int at, boolean bigEndian) {
            long first = u16(b, at, bigEndian);
            long second = u16(b, at + 2, bigEndian);
            return bigEndian ? first << 16 | second : second << 16 | first;
        }
    }
}
