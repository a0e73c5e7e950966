package org.bellwether.api.tips;

import java.util.Locale;
import java.util.Map;

/**
 * What frames an officer's reply to a tipster, in the tipster's language (en, es, fr, ar; English otherwise): the
 * subject and the lines around the officer's words, each quoting the tip's reference number.
 */
final class TipReplyTexts {
    private record Texts(String subject, String opening, String closing) {
    }

    private static final Map<String, Texts> BY_LANGUAGE = Map.of(
            "en", new Texts("Your report %s", "About your report %s:", "Thank you for telling us. "
                    + "Public affairs, city of Port Lucena."),
            "es", new Texts("Su aviso %s", "Sobre su aviso %s:", "Gracias por avisarnos. "
                    + "Asuntos públicos, ciudad de Port Lucena."),
            "fr", new Texts("Votre signalement %s", "À propos de votre signalement %s :", "Merci de nous avoir "
                    + "prévenus. Affaires publiques, ville de Port Lucena."),
            "ar", new Texts("بلاغك %s", "بخصوص بلاغك %s:", "شكرًا لإبلاغنا. الشؤون العامة، مدينة بورت لوسينا."));

    private TipReplyTexts() {
    }

    /** The supported language a tip's language tag falls under ({@code es-MX} → {@code es}), English otherwise. */
    static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return "en";
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return BY_LANGUAGE.containsKey(primary) ? primary : "en";
    }

    static String subject(String language, String reference) {
        return BY_LANGUAGE.get(language).subject().formatted(reference);
    }

    /** The message: the opening with the reference, the officer's words, the closing. */
    static String body(String language, String reference, String officerText) {
        Texts texts = BY_LANGUAGE.get(language);
        return texts.opening().formatted(reference) + "\n\n" + officerText.strip() + "\n\n" + texts.closing();
    }
}
