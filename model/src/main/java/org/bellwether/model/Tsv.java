package org.bellwether.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the tab-separated word lists the project ships (lexicons, claim patterns, gazetteers): UTF-8, one row per
 * line (LF or CRLF), columns separated by TAB, trailing empty columns ignored; blank lines and lines starting with
 * {@code #} are skipped. A row that has fewer columns than required fails with the file and line in the message.
 * Stateless, thread-safe.
 */
public final class Tsv {

    /**
     * One row.
     *
     * @param source  the file or resource it came from
     * @param line    its line number, from 1
     * @param columns its columns, at least as many as the reader required
     */
    public record Row(String source, int line, List<String> columns) {
        public Row {
            columns = List.copyOf(columns);
        }

        /** The column at {@code index} (from 0). */
        public String get(int index) {
            if (index >= columns.size()) {
                throw new IllegalArgumentException(where() + ": no column " + (index + 1) + " (the row has "
                        + columns.size() + ")");
            }
            return columns.get(index);
        }

        public int size() {
            return columns.size();
        }

        /** {@code source:line}, for messages. */
        public String where() {
            return source + ":" + line;
        }
    }

    private Tsv() {
    }

    /**
     * Every row of {@code in}, which is closed afterwards.
     *
     * @param source     named in messages
     * @param minColumns rows with fewer columns fail
     * @throws IllegalArgumentException for a row with too few columns
     * @throws UncheckedIOException     when the stream cannot be read
     */
    public static List<Row> read(InputStream in, String source, int minColumns) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length < minColumns) {
                    throw new IllegalArgumentException(source + ":" + number + ": expected at least " + minColumns
                            + " tab-separated columns, found " + columns.length);
                }
                rows.add(new Row(source, number, Arrays.asList(columns)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return rows;
    }

    /** Every row of a file. */
    public static List<Row> read(Path file, int minColumns) {
        try {
            return read(Files.newInputStream(file), file.toString(), minColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Every row of a classpath resource, or empty when there is no such resource.
     *
     * @param anchor a class the resource name is relative to, as in {@link Class#getResourceAsStream}
     */
    public static Optional<List<Row>> resource(Class<?> anchor, String name, int minColumns) {
        InputStream in = anchor.getResourceAsStream(name);
        return in == null ? Optional.empty() : Optional.of(read(in, name, minColumns));
    }
}
