package cn.jiangxin.evidence;

/**
 * The name a file is shown and downloaded under: the last segment of what the client sent, without directories,
 * control or reserved characters, with the extension of its real type. Never used to store the file. Invisible
 * format characters go too: bidirectional controls (“invoice”, U+202E, “fdp.exe” is shown as “invoiceexe.pdf”),
 * zero width characters, tags, line and paragraph separators.
 */
final class DisplayName {

    static final int MAX = 100;

    private DisplayName() {
    }

    /** A bare file name: no directory part, no parent reference, no control characters. */
    static boolean isPlain(String clientName) {
        if (clientName == null) {
            return true;
        }
        return clientName.indexOf('/') < 0 && clientName.indexOf('\\') < 0 && !clientName.startsWith("..")
                && clientName.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    static String of(String clientName, ContentType type) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder sb = new StringBuilder();
        name.codePoints().filter(c -> shown(c) && "<>:\"|?*%;".indexOf(c) < 0).forEach(sb::appendCodePoint);
        name = sb.toString().strip().replaceAll("^[.\\s]+", "");
        String lower = name.toLowerCase();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        boolean rightExtension = lower.endsWith(type.extension())
                || type == ContentType.JPEG && lower.endsWith(".jpeg");
        if (rightExtension) {
            int ext = type == ContentType.JPEG && lower.endsWith(".jpeg") ? 5 : type.extension().length();
            base = name.substring(0, name.length() - ext);
        }
        if (base.isBlank()) {
            base = "file";
        }
        if (base.codePointCount(0, base.length()) > MAX) {
            base = base.substring(0, base.offsetByCodePoints(0, MAX));
        }
        return base + type.extension();
    }

    /** Not a control (C0, DEL, C1), format (Cf: bidi, zero width, tags …), separator or lone surrogate character. */
    private static boolean shown(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> false;
            default -> true;
        };
    }
}
