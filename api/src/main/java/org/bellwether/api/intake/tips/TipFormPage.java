package org.bellwether.api.intake.tips;

import java.util.List;
import java.util.Map;

/**
 * The tip form and its answer pages as HTML: one language per page ({@code lang}, and {@code dir="rtl"} for
 * Arabic), every control labelled and described, errors listed at the top and linked to their fields, no script at
 * all (the Content-Security-Policy forbids it), styles from one stylesheet with AA contrast and visible focus.
 * Everything a user typed is escaped.
 */
final class TipFormPage {
    static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, sans-serif; font-size: 1.0625rem; line-height: 1.5; color: #1a1a1a;
                   background: #ffffff; margin: 0 auto; max-width: 42rem; padding: 1rem; }
            h1 { font-size: 1.6rem; }
            nav ul { list-style: none; padding: 0; display: flex; gap: 1rem; flex-wrap: wrap; }
            a { color: #0b4f9c; }
            label, legend { display: block; font-weight: 600; margin-top: 1.25rem; }
            .hint { color: #3d3d3d; margin: .25rem 0; font-size: .95rem; }
            textarea, input[type=text], select { width: 100%; box-sizing: border-box; font: inherit; padding: .5rem;
                   border: 2px solid #555555; border-radius: 4px; background: #ffffff; color: #1a1a1a; }
            fieldset { border: 2px solid #555555; border-radius: 4px; margin-top: 1.25rem; padding: .75rem; }
            fieldset label { display: inline; font-weight: 400; }
            input[type=checkbox] { width: 1.25rem; height: 1.25rem; vertical-align: middle; margin-inline-end: .5rem; }
            button { margin-top: 1.5rem; font: inherit; font-weight: 600; padding: .6rem 1.4rem; color: #ffffff;
                   background: #0b4f9c; border: 2px solid #0b4f9c; border-radius: 4px; cursor: pointer; }
            :focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
            .errors { border: 2px solid #a4001d; padding: .75rem 1rem; color: #a4001d; background: #fff5f6; }
            .reference { font-size: 1.6rem; font-weight: 700; letter-spacing: .08em; direction: ltr;
                   unicode-bidi: isolate; }
            .trap { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
                   white-space: nowrap; }
            """;

    private TipFormPage() {
    }

    static String form(String lang, String action, String token, List<String> neighbourhoods,
                       Map<String, String> values, List<String> errors) {
        StringBuilder html = head(lang, TipTexts.get(lang, "title"), action);
        html.append("<h1>").append(t(lang, "title")).append("</h1>\n<p>").append(t(lang, "intro")).append("</p>\n");
        if (!errors.isEmpty()) {
            html.append("<div class=\"errors\" role=\"alert\" id=\"errors\"><h2>").append(t(lang, "errorsTitle"))
                    .append("</h2><ul>");
            for (String error : errors) {
                html.append("<li><a href=\"#").append(field(error)).append("\">").append(t(lang, "error." + error))
                        .append("</a></li>");
            }
            html.append("</ul></div>\n");
        }
        html.append("<form method=\"post\" action=\"").append(escape(action)).append("\" accept-charset=\"UTF-8\">\n")
                .append("<input type=\"hidden\" name=\"lang\" value=\"").append(lang).append("\">\n")
                .append("<input type=\"hidden\" name=\"formToken\" value=\"").append(escape(token)).append("\">\n");
        html.append("<label for=\"text\">").append(t(lang, "text")).append("</label>\n")
                .append("<p class=\"hint\" id=\"text-hint\">").append(t(lang, "textHint")).append("</p>\n")
                .append("<textarea id=\"text\" name=\"text\" rows=\"7\" maxlength=\"5000\" required")
                .append(" aria-describedby=\"text-hint\"").append(invalid(errors, "text")).append(">")
                .append(escape(values.getOrDefault("text", ""))).append("</textarea>\n");
        html.append("<label for=\"urls\">").append(t(lang, "urls")).append("</label>\n")
                .append("<p class=\"hint\" id=\"urls-hint\">").append(t(lang, "urlsHint")).append("</p>\n")
                .append("<textarea id=\"urls\" name=\"urls\" rows=\"3\" dir=\"ltr\" aria-describedby=\"urls-hint\"")
                .append(invalid(errors, "urls")).append(">").append(escape(values.getOrDefault("urls", "")))
                .append("</textarea>\n");
        html.append("<label for=\"neighbourhood\">").append(t(lang, "neighbourhood")).append("</label>\n")
                .append("<select id=\"neighbourhood\" name=\"neighbourhood\"").append(invalid(errors, "neighbourhood"))
                .append(">\n<option value=\"\">").append(t(lang, "none")).append("</option>\n");
        for (String name : neighbourhoods) {
            html.append("<option value=\"").append(escape(name)).append("\"")
                    .append(name.equals(values.get("neighbourhood")) ? " selected" : "").append(">")
                    .append(escape(name)).append("</option>\n");
        }
        html.append("</select>\n");
        html.append("<label for=\"contact\">").append(t(lang, "contact")).append("</label>\n")
                .append("<p class=\"hint\" id=\"contact-hint\">").append(t(lang, "contactHint")).append("</p>\n")
                .append("<input type=\"text\" id=\"contact\" name=\"contact\" maxlength=\"200\" autocomplete=\"email\"")
                .append(" dir=\"auto\" aria-describedby=\"contact-hint\"").append(invalid(errors, "contact"))
                .append(" value=\"").append(escape(values.getOrDefault("contact", ""))).append("\">\n");
        html.append("<div class=\"trap\" aria-hidden=\"true\"><label for=\"website\">").append(t(lang, "leaveEmpty"))
                .append("</label><input type=\"text\" id=\"website\" name=\"website\" tabindex=\"-1\"")
                .append(" autocomplete=\"off\" value=\"\"></div>\n");
        html.append("<fieldset><legend>").append(t(lang, "consentLegend")).append("</legend>\n")
                .append("<input type=\"checkbox\" id=\"consent\" name=\"consent\" value=\"yes\" required")
                .append(invalid(errors, "consent")).append(">\n<label for=\"consent\">").append(t(lang, "consent"))
                .append("</label></fieldset>\n");
        html.append("<button type=\"submit\">").append(t(lang, "submit")).append("</button>\n</form>\n");
        return foot(html, lang, action);
    }

    static String thanks(String lang, String action, String reference) {
        StringBuilder html = head(lang, TipTexts.get(lang, "thanksTitle"), action);
        html.append("<h1>").append(t(lang, "thanksTitle")).append("</h1>\n<p>").append(t(lang, "thanks"))
                .append("</p>\n<p class=\"reference\" id=\"reference\">").append(escape(reference)).append("</p>\n")
                .append("<p><a href=\"").append(escape(action)).append("?lang=").append(lang).append("\">")
                .append(t(lang, "again")).append("</a></p>\n");
        return foot(html, lang, action);
    }

    static String message(String lang, String action, String key) {
        return message(lang, action, key, Map.of());
    }

    /** A one-message page; {@code {name}} in the message is replaced by {@code values.get(name)}. */
    static String message(String lang, String action, String key, Map<String, String> values) {
        String text = TipTexts.get(lang, "error." + key);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        StringBuilder html = head(lang, TipTexts.get(lang, "title"), action);
        html.append("<h1>").append(t(lang, "title")).append("</h1>\n<p role=\"alert\">").append(escape(text))
                .append("</p>\n<p><a href=\"").append(escape(action)).append("?lang=").append(lang).append("\">")
                .append(t(lang, "again")).append("</a></p>\n");
        return foot(html, lang, action);
    }

    private static StringBuilder head(String lang, String title, String action) {
        return new StringBuilder(4096).append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\" dir=\"")
                .append(TipTexts.get(lang, "dir")).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<link rel=\"stylesheet\" href=\"").append(escape(action))
                .append("/form.css\">\n</head>\n<body>\n")
                .append("<main>\n");
    }

    private static String foot(StringBuilder html, String lang, String action) {
        html.append("</main>\n<nav aria-label=\"").append(t(lang, "languages")).append("\"><ul>");
        for (String[] language : new String[][] {{"en", "English"}, {"es", "Español"}, {"fr", "Français"},
            {"ar", "العربية"}}) {
            html.append("<li><a href=\"").append(escape(action)).append("?lang=").append(language[0])
                    .append("\" lang=\"").append(language[0]).append("\" hreflang=\"").append(language[0]).append("\"")
                    .append(language[0].equals(lang) ? " aria-current=\"page\"" : "").append(">").append(language[1])
                    .append("</a></li>");
        }
        return html.append("</ul></nav>\n</body>\n</html>\n").toString();
    }

    private static String field(String error) {
        return switch (error) {
            case "consent", "urls", "neighbourhood", "contact" -> error;
            default -> "text";
        };
    }

    private static String invalid(List<String> errors, String field) {
        return errors.contains(field) ? " aria-invalid=\"true\"" : "";
    }

    private static String t(String lang, String key) {
        return escape(TipTexts.get(lang, key));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
