package org.bellwether.api.partners;

import java.util.Map;

/** The framing of a heads-up e-mail in the dashboard's languages (English when the partner's is not one of them). */
record HeadsUpTexts(String subject, String intro, String summary, String talkingPoints, String acknowledge) {
    private static final Map<String, HeadsUpTexts> TEXTS = Map.of(
            "en", new HeadsUpTexts("Heads-up: {label}",
                    "The city's team wants you to know about a narrative circulating in your area.",
                    "What is happening", "What may help",
                    "Please acknowledge this heads-up on your partner page."),
            "es", new HeadsUpTexts("Aviso: {label}",
                    "El equipo de la ciudad quiere que sepa de una narrativa que circula en su zona.",
                    "Qué está pasando", "Qué puede ayudar",
                    "Confirme la recepción de este aviso en su página de socio."),
            "fr", new HeadsUpTexts("Alerte : {label}",
                    "L'équipe de la ville souhaite vous informer d'un récit qui circule dans votre secteur.",
                    "Ce qui se passe", "Ce qui peut aider",
                    "Merci de confirmer la réception de cette alerte sur votre page partenaire."),
            "ar", new HeadsUpTexts("تنبيه: {label}",
                    "يود فريق المدينة إعلامك بسردية منتشرة في منطقتك.",
                    "ما الذي يحدث", "ما الذي قد يساعد",
                    "يرجى تأكيد استلام هذا التنبيه في صفحة الشريك الخاصة بك."));

    static HeadsUpTexts of(String language) {
        return TEXTS.getOrDefault(language, TEXTS.get("en"));
    }
}
