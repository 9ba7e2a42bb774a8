package cn.jiangxin.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Entries and their lines are written once: no code or migration updates or deletes them (corrections are
 * reversing entries, LedgerTest). The scan proves itself on a sample that does.
 */
class LedgerImmutabilityTest {

    static final Pattern CHANGES_ENTRIES = Pattern.compile(
            "(update\\s+ledger_(entry|line)\\b|delete\\s+from\\s+ledger_(entry|line)\\b|truncate\\s+(table\\s+)?ledger_(entry|line)\\b"
                    + "|alter\\s+table\\s+ledger_(entry|line)\\b)");

    static boolean changesEntries(String text) {
        return CHANGES_ENTRIES.matcher(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).find();
    }

    @Test
    void noSourceOrMigrationUpdatesOrDeletesLedgerEntries() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources")))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> {
                        try {
                            return changesEntries(Files.readString(p));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theScanFindsAChange() {
        assertThat(changesEntries("jdbc.sql(\"UPDATE ledger_line SET amount_fen = 0\")")).isTrue();
        assertThat(changesEntries("DELETE\n  FROM ledger_entry WHERE id = 1")).isTrue();
        assertThat(changesEntries("UPDATE ledger_account SET balance_fen = balance_fen + 1")).isFalse();
        assertThat(changesEntries("INSERT INTO ledger_line (entry_id) VALUES (1)")).isFalse();
    }
}
