package cn.jiangxin.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import cn.jiangxin.platform.RuleViolationException;

/**
 * The nominee's ID photo (1寸 or 2寸 证件照) as the form takes it: a JPEG or PNG by its first bytes, whose size the
 * image's header states within bounds (read before any pixel is decoded, so a small file that claims a huge picture
 * costs nothing), upright in the proportion of an ID photo, and whose pixels then decode. Anything else is refused
 * with the reason, as a rule of the photo input {@link #FIELD}.
 */
record IdPhoto(ContentType type, int width, int height) {

    /** The input the refusals concern: the photo's file input on the form. */
    static final String FIELD = "photo-file";

    /** The fewest pixels across and down: a 1寸 photo scanned at 100 dpi. */
    static final int MIN_WIDTH = 100;
    static final int MIN_HEIGHT = 130;
    /** The most: a 2寸 photo at 600 dpi has 827 × 1169; more is a camera's picture, not yet cut to a photo. */
    static final int MAX_WIDTH = 2400;
    static final int MAX_HEIGHT = 3200;
    /**
     * Width to height: 1寸 and 2寸 are 5:7 (0.71), 小2寸 0.78, the ID card's 26 × 32 mm 0.81; a little either way for
     * the scan's margins.
     */
    static final double MIN_RATIO = 0.6;
    static final double MAX_RATIO = 0.85;

    /** The photo in {@code bytes}, or the refusal that says what is wrong with it. */
    static IdPhoto check(byte[] bytes) {
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, ContentType.HEAD));
        ContentType type = ContentType.sniff(head).filter(t -> t != ContentType.PDF)
                .orElseThrow(() -> new RuleViolationException(FIELD,
                        "照片须为JPEG或PNG图片（按文件内容判断，与文件名无关），该文件不是，请另选照片"));
        ImageReader reader = readerFor(type);
        IdPhoto photo;
        Optional<String> wrongSize;
        boolean readable;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            photo = new IdPhoto(type, reader.getWidth(0), reader.getHeight(0));
            wrongSize = photo.wrongSize();
            readable = wrongSize.isPresent() || decodes(reader, photo);
        } catch (IOException | RuntimeException e) {
            // the decoders of the JDK answer a broken file with any exception; it is unreadable whichever
            throw unreadable(type);
        } finally {
            reader.dispose();
        }
        wrongSize.ifPresent(why -> {
            throw new RuleViolationException(FIELD, why);
        });
        if (!readable) {
            throw unreadable(type);
        }
        return photo;
    }

    /**
     * Whether the whole picture decodes without a warning (a cut-off JPEG decodes with one, its missing rows grey).
     * Only every n-th pixel of every n-th row is kept, so that no picture takes more than some 600 × 800 pixels of
     * memory, however many bits its pixels have; the whole stream is still read.
     */
    private static boolean decodes(ImageReader reader, IdPhoto photo) throws IOException {
        boolean[] warned = {false};
        reader.addIIOReadWarningListener((source, warning) -> warned[0] = true);
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, (int) Math.ceil(Math.max(photo.width / 600.0, photo.height / 800.0)));
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param) != null && !warned[0];
    }

    /** What is wrong with the photo's size in pixels and its proportion, if anything. */
    private Optional<String> wrongSize() {
        String size = width + "×" + height + "像素";
        if (width > MAX_WIDTH || height > MAX_HEIGHT) {
            return Optional.of("照片像素过大（" + size + "），请裁剪为证件照后再上传，不超过" + MAX_WIDTH + "×" + MAX_HEIGHT
                    + "像素");
        }
        if (width < MIN_WIDTH || height < MIN_HEIGHT) {
            return Optional.of("照片太小（" + size + "），打印会模糊，请上传至少" + MIN_WIDTH + "×" + MIN_HEIGHT + "像素的证件照");
        }
        double ratio = (double) width / height;
        if (ratio < MIN_RATIO || ratio > MAX_RATIO) {
            return Optional.of("照片须为竖版证件照，宽高比约5:7（如1寸295×413像素、2寸413×579像素），该照片为" + size);
        }
        return Optional.empty();
    }

    /**
     * The photo's pixels in a new file of its format, upright, without what its file carried besides (EXIF: the camera,
     * the time, often where it was taken), then checked again as it will be printed.
     */
    static Clean cleaned(byte[] bytes, IdPhoto checked) {
        java.awt.image.BufferedImage image;
        byte[] clean;
        try {
            image = cn.jiangxin.platform.UntrustedImage.decode(bytes, Math.max(MAX_WIDTH, MAX_HEIGHT),
                    (long) MAX_WIDTH * MAX_HEIGHT);
            clean = checked.type == ContentType.PNG ? cn.jiangxin.platform.UntrustedImage.png(image)
                    : cn.jiangxin.platform.UntrustedImage.jpeg(image, 0.92f);
        } catch (IOException e) {
            throw unreadable(checked.type);
        }
        // the pixels were just drawn into a file of our own: only their size upright is left to check
        IdPhoto upright = new IdPhoto(checked.type, image.getWidth(), image.getHeight());
        upright.wrongSize().ifPresent(why -> {
            throw new RuleViolationException(FIELD, why);
        });
        return new Clean(upright, clean);
    }

    /** A photo as stored: checked, and its new file. */
    record Clean(IdPhoto photo, byte[] bytes) {
    }

    private static ImageReader readerFor(ContentType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no image reader for " + type.mediaType());
        }
        return readers.next();
    }

    private static RuleViolationException unreadable(ContentType type) {
        return new RuleViolationException(FIELD, "无法读取该" + (type == ContentType.JPEG ? "JPEG" : "PNG")
                + "图片（文件可能已损坏或格式少见），请用常见的看图软件另存为JPEG或PNG后再上传");
    }
}
