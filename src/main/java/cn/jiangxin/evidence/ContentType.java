package cn.jiangxin.evidence;

import java.util.Optional;

/**
 * The only file types accepted (SEC-4), recognised by their first bytes. The name and the declared type of an
 * upload are never trusted.
 */
enum ContentType {
    PDF("application/pdf", ".pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    static final int HEAD = 8;

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    ContentType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    static Optional<ContentType> sniff(byte[] head) {
        for (ContentType t : values()) {
            if (startsWith(head, t.magic)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Why the head is refused, in words: executables and archives are named as such. */
    static String refusal(byte[] head) {
        if (startsWith(head, new byte[] {'M', 'Z'}) || startsWith(head, new byte[] {0x7F, 'E', 'L', 'F'})) {
            return "该文件是可执行程序，不予接收；只接受PDF、JPEG或PNG文件";
        }
        if (startsWith(head, new byte[] {'P', 'K', 0x03, 0x04})) {
            return "该文件是压缩包，不予接收；只接受PDF、JPEG或PNG文件";
        }
        return "文件内容不是PDF、JPEG或PNG（按内容判断，与文件名无关），不予接收";
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
