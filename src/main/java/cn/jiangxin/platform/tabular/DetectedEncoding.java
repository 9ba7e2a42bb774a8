package cn.jiangxin.platform.tabular;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a CSV file, judged from its first bytes: a byte order mark says UTF-8 or UTF-16; otherwise text
 * that decodes as strict UTF-8 is UTF-8, and anything else is GB18030 (a superset of GBK and GB2312, in which
 * Chinese government systems usually export).
 *
 * @param bomLength bytes of the byte order mark to skip
 * @param words     the encoding in words, for the person who uploaded the file
 */
record DetectedEncoding(Charset charset, int bomLength, String words) {

    static final Charset GB18030 = Charset.forName("GB18030");

    /** Judges from {@code length} bytes of {@code prefix}; {@code whole} when they are the whole file. */
    static DetectedEncoding of(byte[] prefix, int length, boolean whole) {
        if (length >= 3 && (prefix[0] & 0xFF) == 0xEF && (prefix[1] & 0xFF) == 0xBB && (prefix[2] & 0xFF) == 0xBF) {
            return new DetectedEncoding(StandardCharsets.UTF_8, 3, "UTF-8（带BOM）");
        }
        if (length >= 2 && (prefix[0] & 0xFF) == 0xFE && (prefix[1] & 0xFF) == 0xFF) {
            return new DetectedEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16");
        }
        if (length >= 2 && (prefix[0] & 0xFF) == 0xFF && (prefix[1] & 0xFF) == 0xFE) {
            return new DetectedEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16");
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        // not at the end of input, a sequence cut by the end of the prefix is left over, not an error
        boolean utf8 = !strict.decode(ByteBuffer.wrap(prefix, 0, length), CharBuffer.allocate(length + 1), whole)
                .isError();
        if (utf8 && whole) {
            utf8 = !strict.flush(CharBuffer.allocate(1)).isError();
        }
        return utf8 ? new DetectedEncoding(StandardCharsets.UTF_8, 0, "UTF-8")
                : new DetectedEncoding(GB18030, 0, "GB18030/GBK");
    }

    /** A decoder that reads a byte it cannot decode as U+FFFD (the row is then faulted, not the file). */
    CharsetDecoder lenientDecoder() {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }
}
