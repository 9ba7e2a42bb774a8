package cn.jiangxin.platform.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens an uploaded list as a {@link TabularSource}: {@code .xlsx} (first or named sheet) or CSV, told apart by the
 * file's first bytes (a zip is an {@code .xlsx}; an old binary {@code .xls} is refused with words), never by its
 * name alone. Every refusal is a {@link TabularRefused} with words for the person who uploaded the file.
 */
public final class TabularReader {

    private TabularReader() {
    }

    /** Opens {@code file}; {@code sheetName} (xlsx only) may be null for the first sheet. */
    public static TabularSource open(Path file, String sheetName, TabularLimits limits) {
        long size;
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new TabularRefused("文件读取失败，请重新上传", e);
        }
        if (size > limits.maxBytes()) {
            throw new TabularRefused(tooLarge(limits.maxBytes()));
        }
        if (read == 0) {
            throw new TabularRefused("文件是空的，没有表头和数据");
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XlsxSource.open(file, sheetName, limits);
        }
        if (read >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new TabularRefused("这是旧版Excel（.xls）文件，请在Excel中另存为.xlsx或CSV后再上传");
        }
        if (file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new TabularRefused("这不是有效的Excel文件（.xlsx），可能已损坏，请用Excel打开后另存为.xlsx再上传");
        }
        try {
            return csv(Files.newInputStream(file), limits);
        } catch (IOException e) {
            throw new TabularRefused("文件读取失败，请重新上传", e);
        }
    }

    /** Reads CSV from a stream (closed with the source); the encoding and separator are detected. */
    public static TabularSource csv(InputStream in, TabularLimits limits) {
        return CsvSource.open(in, limits);
    }

    static String tooLarge(long maxBytes) {
        return "文件超过" + size(maxBytes) + "的上限，请分成几个文件上传";
    }

    /** A size in words: whole MB from 1 MB, else whole KB (at least 1). */
    static String size(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : Math.max(1, bytes >> 10) + " KB";
    }
}
