package cn.jiangxin.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A POST that announces a body of some length and never sends it: the server must answer from the head alone. The
 * answer is read to its end (by Content-Length or the last chunk), not to the end of the connection, which the
 * server keeps open for a while to drain the body that never comes.
 */
public final class AnnouncedBody {

    /** The status line and headers, then a blank line, then the body (de-chunked). */
    public record Answer(String head, String body) {
        public int status() {
            return Integer.parseInt(head.substring(9, 12));
        }

        public boolean hasHeader(String name, String valueStart) {
            return head.toLowerCase(Locale.ROOT).contains("\r\n" + name.toLowerCase(Locale.ROOT) + ": "
                    + valueStart.toLowerCase(Locale.ROOT));
        }
    }

    private AnnouncedBody() {
    }

    /** {@code headers}: further header lines, each ending in CRLF, such as {@code "Accept: text/html\r\n"}. */
    public static Answer post(int port, String path, String contentType, long length, String headers)
            throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    + contentType + "\r\nContent-Length: " + length + "\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = line(in);
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                head += "\r\n" + header;
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            String lower = head.toLowerCase(Locale.ROOT);
            if (lower.contains("\r\ntransfer-encoding: chunked")) {
                for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                        size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else {
                int at = lower.indexOf("\r\ncontent-length: ");
                if (at >= 0) {
                    int end = lower.indexOf("\r\n", at + 2);
                    body.write(in.readNBytes(Integer.parseInt(
                            head.substring(at + 18, end < 0 ? head.length() : end).strip())));
                }
            }
            return new Answer(head, body.toString(StandardCharsets.UTF_8));
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
