package cn.jiangxin.evidence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import cn.jiangxin.platform.UntrustedImage;
import jakarta.annotation.PreDestroy;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Pictures of uploaded files, made on the server so that no uploaded PDF or image reaches a browser as it is: the
 * first {@value #SHOWN} pages of a PDF rendered at {@value #DPI} dpi (at most {@value #MAX_SIDE} pixels a side) as
 * JPEG, an image decoded and re-encoded. Uploads are untrusted, so every step has a limit: the file size (the upload
 * limit), PDFBox's memory (the rest in temporary files), {@value #MAX_PAGES} pages, the page size, the image's pixels,
 * two renderings at once with a short queue, and a time limit per rendering. Whatever fails or exceeds a limit
 * answers "no preview", never an error.
 */
@Component
class FilePreviews {

    static final int SHOWN = 5;
    static final int MAX_PAGES = 500;
    static final float DPI = 110;
    static final int MAX_SIDE = 1400;
    static final long MAX_IMAGE_PIXELS = 40_000_000;
    /** PDF user space ends at 14,400 units (200 inches); anything larger is no document page. */
    private static final float MAX_PAGE_POINTS = 14_400;
    private static final Logger log = LoggerFactory.getLogger(FilePreviews.class);

    /** What a file's preview shows: its pages (1 for an image) and how many of them are shown. */
    record Outline(boolean pdf, int pages, int shown) {

        static final Outline NONE = new Outline(false, 0, 0);

        public boolean available() {
            return shown > 0;
        }

        public List<Integer> shownPages() {
            return IntStream.rangeClosed(1, shown).boxed().toList();
        }
    }

    /** One page as a picture. */
    record Picture(byte[] bytes, MediaType type) {
    }

    private final ThreadPoolExecutor renderers;
    private final Duration timeout;

    FilePreviews(@Value("${jiangxin.previews.timeout:PT15S}") Duration timeout) {
        this.timeout = timeout;
        AtomicInteger n = new AtomicInteger();
        this.renderers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(6), r -> {
            Thread t = new Thread(r, "evidence-preview-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    @PreDestroy
    void stop() {
        renderers.shutdownNow();
    }

    Outline outline(StoredFile file, Path path) {
        return limited(file, () -> switch (type(file)) {
            case PDF -> {
                try (PDDocument doc = load(path)) {
                    int pages = doc.getNumberOfPages();
                    yield pages < 1 || pages > MAX_PAGES ? Outline.NONE : new Outline(true, pages, Math.min(SHOWN, pages));
                }
            }
            case JPEG, PNG -> UntrustedImage.size(Files.readAllBytes(path))
                    .filter(size -> size.pixels() <= MAX_IMAGE_PIXELS)
                    .map(size -> new Outline(false, 1, 1)).orElse(Outline.NONE);
        }).orElse(Outline.NONE);
    }

    /** Page {@code page} (from 1) as a picture; empty when it cannot be shown. */
    Optional<Picture> page(StoredFile file, Path path, int page) {
        if (page != 1 && type(file) != ContentType.PDF) {
            return Optional.empty();
        }
        return limited(file, () -> switch (type(file)) {
            case PDF -> pdfPage(path, page);
            case JPEG -> new Picture(UntrustedImage.jpeg(image(path), 0.85f), MediaType.IMAGE_JPEG);
            case PNG -> new Picture(UntrustedImage.png(image(path)), MediaType.IMAGE_PNG);
        });
    }

    private static Picture pdfPage(Path path, int page) throws IOException {
        try (PDDocument doc = load(path)) {
            if (page < 1 || page > Math.min(SHOWN, doc.getNumberOfPages()) || doc.getNumberOfPages() > MAX_PAGES) {
                throw new IOException("page " + page + " is not previewed");
            }
            PDPage p = doc.getPage(page - 1);
            PDRectangle box = p.getCropBox();
            float longest = Math.max(box.getWidth(), box.getHeight());
            if (!(Math.min(box.getWidth(), box.getHeight()) >= 1) || longest > MAX_PAGE_POINTS) {
                throw new IOException("page of " + box + " refused");
            }
            float scale = Math.min(DPI / 72, MAX_SIDE / longest);
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setSubsamplingAllowed(true);
            BufferedImage image = renderer.renderImage(page - 1, scale, ImageType.RGB);
            return new Picture(UntrustedImage.jpeg(image, 0.85f), MediaType.IMAGE_JPEG);
        }
    }

    private static BufferedImage image(Path path) throws IOException {
        return UntrustedImage.decode(Files.readAllBytes(path), MAX_SIDE, MAX_IMAGE_PIXELS);
    }

    /** PDFBox keeps at most 16 MB of a document's streams in memory and at most 64 MB more in temporary files. */
    private static PDDocument load(Path path) throws IOException {
        return Loader.loadPDF(path.toFile(), "", MemoryUsageSetting.setupMixed(16L << 20, 80L << 20).streamCache);
    }

    private static ContentType type(StoredFile file) {
        for (ContentType t : ContentType.values()) {
            if (t.mediaType().equals(file.contentType())) {
                return t;
            }
        }
        throw new IllegalStateException("stored file of type " + file.contentType());
    }

    private interface Work<T> {
        T run() throws IOException;
    }

    /** The work on another thread, within the time limit; empty on any failure (logged, not thrown). */
    private <T> Optional<T> limited(StoredFile file, Work<T> work) {
        Callable<T> task = work::run;
        Future<T> future;
        try {
            future = renderers.submit(task);
        } catch (RejectedExecutionException busy) {
            log.warn("no preview of file {}: previews busy", file.id());
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            log.warn("no preview of file {}: longer than {}", file.id(), timeout);
        } catch (ExecutionException e) {
            log.info("no preview of file {}: {}", file.id(), e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }
}
