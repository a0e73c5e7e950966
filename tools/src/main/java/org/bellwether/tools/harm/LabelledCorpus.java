package org.bellwether.tools.harm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.bellwether.model.Json;

/** Reads labelled JSONL files (one object per line) for training and evaluation. */
public final class LabelledCorpus {

    private static final ObjectMapper MAPPER = Json.mapper();

    private LabelledCorpus() {
    }

    /**
     * @param file       the JSONL file
     * @param textField  field holding the text
     * @param labelField field holding the label (string, number or boolean)
     * @param positive   the label value of the positive class, compared as text
     */
    public static List<LabelledText> read(Path file, String textField, String labelField, String positive)
            throws IOException {
        return read(file, textField, node -> positive.equals(text(node.get(labelField))), labelField);
    }

    /** Reads with a custom positive-class test on the whole JSON object. */
    static List<LabelledText> read(Path file, String textField, Predicate<JsonNode> positive, String labelField)
            throws IOException {
        List<LabelledText> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = MAPPER.readTree(line);
                JsonNode text = node.get(textField);
                if (text == null || !text.isTextual()) {
                    throw new IOException(file + ":" + number + ": no text field '" + textField + "'");
                }
                if (node.get(labelField) == null) {
                    throw new IOException(file + ":" + number + ": no label field '" + labelField + "'");
                }
                String id = node.hasNonNull("id") ? text(node.get("id")) : Integer.toString(number);
                String lang = node.hasNonNull("lang") ? text(node.get("lang")) : "und";
                out.add(new LabelledText(id, text.asText(), lang, positive.test(node)));
            }
        }
        return out;
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText();
    }
}
