package org.bellwether.processor.validate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.model.Json;
import org.bellwether.model.MalformedMessageException;
import org.bellwether.model.RawPost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Tip;

/**
 * Decides whether raw bytes are a message the pipeline can process, and if not, why. Pure and thread-safe: the
 * reason is the only output, and the processor turns it into a dead letter.
 */
public final class PostValidator {
    /** Larger values are rejected before parsing. */
    public static final int MAX_VALUE_BYTES = 256 * 1024;
    /** Longer texts are not posts. */
    public static final int MAX_TEXT_CHARS = 20_000;
    /** Posts claiming to be older than this are rejected as absurd. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private PostValidator() {
    }

    /** @return null when the post is valid, else the reason */
    public static String problemWith(RawPost post) {
        List<String> missing = new ArrayList<>();
        if (blank(post.source())) {
            missing.add("source");
        }
        if (blank(post.sourceId())) {
            missing.add("sourceId");
        }
        if (post.text() == null) {
            missing.add("text");
        }
        if (post.createdAt() == null) {
            missing.add("createdAt");
        }
        if (!missing.isEmpty()) {
            return "missing required field" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing);
        }
        if (!SchemaVersion.isSupported(post.schemaVersion())) {
            return "unsupported schemaVersion " + post.schemaVersion();
        }
        return textProblem(post.text(), post.createdAt());
    }

    /** @return null when the tip is valid and consented, else the reason */
    public static String problemWith(Tip tip) {
        if (blank(tip.tipId()) || tip.text() == null || tip.receivedAt() == null) {
            return "missing required field (tipId, text and receivedAt are required)";
        }
        if (!SchemaVersion.isSupported(tip.schemaVersion())) {
            return "unsupported schemaVersion " + tip.schemaVersion();
        }
        if (!tip.consent()) {
            return "tip without consent: not processed";
        }
        return textProblem(tip.text(), tip.receivedAt());
    }

    /** Parses and checks a post; the reason of a rejection is in the exception. */
    public static RawPost readPost(byte[] value) {
        checkSize(value);
        RawPost post = Json.read(value, RawPost.class);
        String problem = problemWith(post);
        if (problem != null) {
            throw new MalformedMessageException(problem);
        }
        return post;
    }

    /** Parses and checks a tip; the reason of a rejection is in the exception. */
    public static Tip readTip(byte[] value) {
        checkSize(value);
        Tip tip = Json.read(value, Tip.class);
        String problem = problemWith(tip);
        if (problem != null) {
            throw new MalformedMessageException(problem);
        }
        return tip;
    }

    /** True when something other than white space, control and format characters (zero-width, bidi) remains. */
    static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT);
    }

    private static void checkSize(byte[] value) {
        if (value != null && value.length > MAX_VALUE_BYTES) {
            throw new MalformedMessageException("value of " + value.length + " bytes exceeds " + MAX_VALUE_BYTES);
        }
    }

    private static String textProblem(String text, Instant time) {
        if (!hasVisibleCharacter(text)) {
            return "empty text";
        }
        if (text.length() > MAX_TEXT_CHARS) {
            return "text of " + text.length() + " characters exceeds " + MAX_TEXT_CHARS;
        }
        if (time.isBefore(EARLIEST)) {
            return "time " + time + " is before " + EARLIEST;
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
