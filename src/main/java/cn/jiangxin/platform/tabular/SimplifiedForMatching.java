package cn.jiangxin.platform.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional Chinese characters replaced by simplified ones, character by character, for matching only (陳 → 陈,
 * 華為 → 华为): the original stays what is shown and stored. The table is OpenCC's TSCharacters.txt (Apache License
 * 2.0, vendored beside this class with its licence); where it offers several simplified characters the first is taken.
 * Character by character is right for matching names and units, not for display (it cannot tell 乾隆 from 乾燥).
 */
public final class SimplifiedForMatching {

    private SimplifiedForMatching() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        Map<Integer, Integer> table = Table.CHARACTERS;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Integer simplified = cp < 0x2E80 ? null : table.get(cp);
            if (simplified != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(simplified != null ? simplified : cp);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    /** Loaded once, at first use. */
    private static final class Table {

        static final Map<Integer, Integer> CHARACTERS = load();

        private static Map<Integer, Integer> load() {
            Map<Integer, Integer> table = new HashMap<>(8192);
            try (InputStream in = SimplifiedForMatching.class.getResourceAsStream("TSCharacters.txt")) {
                if (in == null) {
                    throw new IllegalStateException("TSCharacters.txt missing from the class path");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab <= 0 || line.startsWith("#")) {
                        continue;
                    }
                    int traditional = line.codePointAt(0);
                    if (Character.charCount(traditional) != tab) {
                        continue;
                    }
                    table.put(traditional, line.codePointAt(tab + 1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(table);
        }
    }
}
