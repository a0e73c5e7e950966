package org.bellwether.collectors.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.ingest.InputRecord;

/**
 * CSV as RFC 4180 writes it: a header row naming the columns, fields separated by a delimiter, quoted fields
 * that may hold the delimiter, doubled quotes and line breaks. A row whose column count differs from the
 * header's, or a quote left open at the end, is reported unparsed with its raw text. Resumes by skipping
 * records already read (record numbers count data rows, the header is record 0).
 */
public final class CsvReader implements RecordReader {
    private static final int MAX_RECORD_CHARS = 1 << 20;

    private final Reader in;
    private final char delimiter;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private long recordNumber;
    private int pushback = -2;

    public CsvReader(Path file, char delimiter, long skipRecords) throws IOException {
        this.in = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 64 * 1024);
        this.delimiter = delimiter;
        Row first = readRow();
        this.header = first == null ? List.of() : first.cells().stream().map(CsvReader::stripBom).toList();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).trim(), i);
        }
        for (long i = 0; i < skipRecords; i++) {
            if (next() == null) {
                break;
            }
        }
    }

    public List<String> header() {
        return header;
    }

    @Override
    public InputRecord next() throws IOException {
        while (true) {
            Row row = readRow();
            if (row == null) {
                return null;
            }
            if (row.raw().isBlank()) {
                continue;
            }
            recordNumber++;
            byte[] raw = row.raw().getBytes(StandardCharsets.UTF_8);
            if (row.error() != null) {
                return new InputRecord(recordNumber, -1, raw, null, row.error());
            }
            if (row.cells().size() != header.size()) {
                return new InputRecord(recordNumber, -1, raw, null,
                        "expected " + header.size() + " columns, found " + row.cells().size());
            }
            List<String> cells = row.cells();
            return new InputRecord(recordNumber, -1, raw, name -> {
                Integer index = columns.get(name);
                String value = index == null ? null : cells.get(index);
                return value == null || value.isEmpty() ? null : value;
            }, null);
        }
    }

    private record Row(List<String> cells, String raw, String error) {
    }

    private int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        return in.read();
    }

    private Row readRow() throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = read()) != -1) {
            any = true;
            if (raw.length() >= MAX_RECORD_CHARS) {
                return new Row(cells, raw.toString(), "record longer than " + MAX_RECORD_CHARS + " characters");
            }
            if (quoted) {
                raw.append((char) c);
                if (c == '"') {
                    int following = read();
                    if (following == '"') {
                        raw.append('"');
                        cell.append('"');
                    } else {
                        quoted = false;
                        pushback = following;
                    }
                } else {
                    cell.append((char) c);
                }
                continue;
            }
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                int following = read();
                if (following != '\n') {
                    pushback = following;
                }
                break;
            }
            raw.append((char) c);
            if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        cells.add(cell.toString());
        return new Row(cells, raw.toString(), quoted ? "quote not closed before the end of the file" : null);
    }

    private static String stripBom(String value) {
        return value.startsWith("\uFEFF") ? value.substring(1) : value;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
