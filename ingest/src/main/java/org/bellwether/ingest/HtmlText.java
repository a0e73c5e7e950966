package org.bellwether.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text from the small HTML that feeds and Mastodon statuses carry. Not a sanitiser: the output is text. */
public final class HtmlText {
    private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</p>|</li>|</h[1-6]>|</div>");
    private static final Pattern DROP = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

    private HtmlText() {
    }

    public static String toText(String html) {
        if (html == null) {
            return null;
        }
        String text = DROP.matcher(html).replaceAll(" ");
        text = BREAKS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        text = unescape(text);
        return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n+ *", "\n").trim();
    }

    static String unescape(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String entity = matcher.group(1);
            String replacement;
            try {
                if (entity.startsWith("#x")) {
                    replacement = new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
                } else if (entity.startsWith("#")) {
                    replacement = new String(Character.toChars(Integer.parseInt(entity.substring(1))));
                } else {
                    replacement = switch (entity) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        case "nbsp" -> " ";
                        default -> matcher.group(0);
                    };
                }
            } catch (IllegalArgumentException e) {
                replacement = matcher.group(0);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
