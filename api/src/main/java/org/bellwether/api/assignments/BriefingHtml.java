package org.bellwether.api.assignments;

import java.util.List;
import java.util.Map;
import org.bellwether.model.RepresentativePost;

/**
 * Renders a briefing as a printable, self-contained HTML page. Every piece of text is escaped; the page has no
 * script, no external resource and no link that is not http(s).
 */
public final class BriefingHtml {
    /** Served with the page: nothing may run or load. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private BriefingHtml() {
    }

    public static String render(Briefing b) {
        Map<String, String> h = b.headings();
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(b.language())).append("\" dir=\"")
                .append(b.rightToLeft() ? "rtl" : "ltr").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(h.get("title"))).append(" — ").append(escape(b.narrative().label()))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:48rem;margin:1rem auto;"
                        + "padding:0 1rem;line-height:1.5}blockquote{border-inline-start:4px solid #888;"
                        + "margin:0.5rem 0;padding:0.25rem 0.75rem;background:#f4f4f4}"
                        + "@media print{body{max-width:none}}</style>\n</head>\n<body>\n");
        out.append("<h1>").append(escape(h.get("title"))).append(": ").append(escape(b.narrative().label()))
                .append("</h1>\n");
        if (!b.translated()) {
            out.append("<p><em>").append(escape(h.get("untranslated"))).append("</em></p>\n");
        }
        out.append("<p><strong>").append(escape(h.get("deadline"))).append(":</strong> ")
                .append(escape(String.valueOf(b.deadline()))).append("</p>\n");
        out.append("<h2>").append(escape(h.get("summary"))).append("</h2>\n<dl>\n");
        definition(out, h.get("claims"), String.join(", ", b.narrative().keyClaims()));
        definition(out, h.get("categories"), String.join(", ", b.narrative().categories()));
        definition(out, h.get("languages"), counts(b.narrative().languages()));
        definition(out, h.get("neighbourhoods"), counts(b.narrative().neighbourhoods()));
        definition(out, h.get("volume"), Long.toString(b.narrative().posts()));
        definition(out, h.get("velocity"), String.format(java.util.Locale.ROOT, "%.1f", b.narrative().velocity()));
        definition(out, h.get("counterSpeech"), String.format(java.util.Locale.ROOT, "%.0f %%",
                100 * b.narrative().counterSpeechShare()));
        out.append("</dl>\n");
        out.append("<h2>").append(escape(h.get("posts"))).append("</h2>\n");
        for (RepresentativePost post : b.posts()) {
            out.append("<blockquote lang=\"").append(escape(post.lang())).append("\" dir=\"auto\"><p>")
                    .append(escape(post.text())).append("</p><footer>")
                    .append(escape(post.authorPseudonym())).append(" · ")
                    .append(escape(String.valueOf(post.createdAt())));
            if (post.url() != null && post.url().matches("(?i)https?://\\S+")) {
                out.append(" · <a rel=\"noopener noreferrer nofollow\" href=\"").append(escape(post.url()))
                        .append("\">").append(escape(post.url())).append("</a>");
            }
            out.append("</footer></blockquote>\n");
        }
        out.append("<h2>").append(escape(h.get("talkingPoints"))).append("</h2>\n");
        for (Briefing.TalkingPoints points : b.talkingPoints()) {
            out.append("<h3>").append(escape(points.title())).append("</h3>\n");
            list(out, points.points());
        }
        out.append("<h2>").append(escape(h.get("dos"))).append("</h2>\n");
        list(out, b.dos());
        out.append("<h2>").append(escape(h.get("donts"))).append("</h2>\n");
        list(out, b.donts());
        out.append("<h2>").append(escape(h.get("safety"))).append("</h2>\n<p><strong>")
                .append(escape(b.safetyNote())).append("</strong></p>\n</body>\n</html>\n");
        return out.toString();
    }

    /** HTML-escapes text for element content and quoted attributes. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '`' -> out.append("&#96;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void definition(StringBuilder out, String term, String value) {
        out.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    private static void list(StringBuilder out, List<String> items) {
        out.append("<ul>\n");
        for (String item : items) {
            out.append("<li>").append(escape(item)).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
