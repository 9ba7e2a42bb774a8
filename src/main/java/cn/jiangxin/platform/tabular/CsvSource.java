package cn.jiangxin.platform.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;

/**
 * A CSV file per RFC 4180 (quoted cells, doubled quotes, line breaks in quoted cells; CRLF, LF or CR line ends),
 * separated by commas, or by semicolons or tabs when the header line says so, in the encoding {@link DetectedEncoding}
 * judges. Reads one record at a time from a fixed buffer.
 */
final class CsvSource extends LimitedSource {

    static final int PREFIX_BYTES = 64 * 1024;
    private static final int EOF = -1;

    private final InputStream input;
    private final Reader reader;
    private final char separator;
    private final char[] buffer = new char[16 * 1024];
    private final StringBuilder cell = new StringBuilder();
    private int position;
    private int filled;
    private int pushedBack = Integer.MIN_VALUE;
    private long record;

    private CsvSource(InputStream input, Reader reader, char separator, String description, TabularLimits limits) {
        super(limits, description);
        this.input = input;
        this.reader = reader;
        this.separator = separator;
        readHeader("文件");
    }

    static CsvSource open(InputStream raw, TabularLimits limits) {
        BoundedInput bounded = new BoundedInput(raw, limits.maxBytes());
        try {
            byte[] prefix = bounded.readNBytes(PREFIX_BYTES);
            boolean whole = prefix.length < PREFIX_BYTES;
            DetectedEncoding encoding = DetectedEncoding.of(prefix, prefix.length, whole);
            int skip = encoding.bomLength();
            char separator = separator(encoding, prefix, skip);
            InputStream all = new SequenceInputStream(
                    new ByteArrayInputStream(prefix, skip, prefix.length - skip), bounded);
            Reader reader = new InputStreamReader(all, encoding.lenientDecoder());
            String words = "CSV（" + encoding.words() + "编码，" + separatorWords(separator) + "分隔）";
            return new CsvSource(bounded, reader, separator, words, limits);
        } catch (IOException e) {
            closeQuietly(raw);
            throw new TabularRefused("文件读取失败，请重新上传", e);
        } catch (RuntimeException e) {
            closeQuietly(raw);
            throw e;
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already refusing the file; the refusal says why
        }
    }

    /** The separator the header line uses most among comma, semicolon and tab (comma when none). */
    private static char separator(DetectedEncoding encoding, byte[] prefix, int skip) {
        String text = new String(prefix, skip, prefix.length - skip, encoding.charset());
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String separatorWords(char separator) {
        return switch (separator) {
            case '\t' -> "制表符";
            case ';' -> "分号";
            default -> "逗号";
        };
    }

    @Override
    public void close() {
        try {
            reader.close();
            input.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one record; null at the end of the file. */
    @Override
    RowAssembly readRow() {
        int c = read();
        if (c == EOF) {
            return null;
        }
        RowAssembly row = new RowAssembly(limits, ++record);
        int column = 0;
        long length = 0;
        boolean inQuotes = false;
        cell.setLength(0);
        while (true) {
            if (c == EOF) {
                if (inQuotes) {
                    throw new TabularRefused("CSV格式错误：第" + record + "行有一个引号没有闭合，文件可能不完整");
                }
                row.put(column, cell, length);
                return row;
            }
            if (inQuotes) {
                if (c == '"') {
                    int d = read();
                    if (d != '"') {
                        inQuotes = false;
                        c = d;
                        continue;
                    }
                }
                length = append(c, length);
            } else if (c == '"' && length == 0) {
                inQuotes = true;
            } else if (c == separator) {
                row.put(column, cell, length);
                cell.setLength(0);
                length = 0;
                if (++column >= ZipGuard.EXCEL_COLUMNS) {
                    throw new TabularRefused("第" + record + "行超过" + ZipGuard.EXCEL_COLUMNS + "列，不是可导入的名单");
                }
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushedBack = d;
                    }
                }
                row.put(column, cell, length);
                return row;
            } else {
                length = append(c, length);
            }
            c = read();
        }
    }

    private long append(int c, long length) {
        if (length < limits.maxCellLength()) {
            cell.append((char) c);
        }
        return length + 1;
    }

    private int read() {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        if (position == filled) {
            try {
                filled = reader.read(buffer);
            } catch (IOException e) {
                throw new TabularRefused("文件读取失败，请重新上传", e);
            }
            position = 0;
            if (filled <= 0) {
                filled = 0;
                return EOF;
            }
        }
        return buffer[position++];
    }
}
