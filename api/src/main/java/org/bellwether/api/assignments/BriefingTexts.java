package org.bellwether.api.assignments;

import java.util.List;
import java.util.Map;

/**
 * The fixed wording of a briefing pack in each language the demo city serves (en, es, fr, ar): headings, the
 * default do and don't guidance and the personal-safety note, used where no playbook says otherwise.
 */
public record BriefingTexts(String language, boolean rightToLeft, Map<String, String> headings, List<String> dos,
                            List<String> donts, String safetyNote) {

    static final List<String> HEADING_KEYS = List.of("title", "summary", "claims", "categories", "languages",
            "neighbourhoods", "volume", "velocity", "posts", "talkingPoints", "dos", "donts", "safety", "deadline",
            "untranslated", "counterSpeech");

    private static final Map<String, BriefingTexts> TEXTS = Map.of(
            "en", new BriefingTexts("en", false, headings(
                    "Briefing pack", "What is being said", "Key claims", "Harm categories", "Languages",
                    "Neighbourhoods", "Posts", "Posts per hour", "Representative posts (authors pseudonymised)",
                    "Approved talking points", "Do", "Don't", "Your safety", "Respond by",
                    "No translation in your language yet: shown in English.",
                    "Posts pushing back against it (counter-speech)"),
                    List.of("Speak from your own experience and your community's values.",
                            "Link to a trusted source when you correct a fact.",
                            "Keep it short, calm and local."),
                    List.of("Do not repeat the false claim in a headline or first sentence.",
                            "Do not name or argue with the people who posted it.",
                            "Do not share personal details of anyone involved."),
                    "Your safety comes first. Do not meet anyone in person about this, do not share your address "
                            + "or routine, and tell your contact officer at once if you are threatened. You may "
                            + "decline or stop at any time."),
            "es", new BriefingTexts("es", false, headings(
                    "Dossier informativo", "Qué se está diciendo", "Afirmaciones clave", "Categorías de daño",
                    "Idiomas", "Barrios", "Publicaciones", "Publicaciones por hora",
                    "Publicaciones representativas (autores seudonimizados)", "Mensajes clave aprobados", "Sí",
                    "No", "Tu seguridad", "Responder antes de",
                    "Aún no hay traducción en tu idioma: se muestra en inglés.",
                    "Publicaciones que lo rebaten (contradiscurso)"),
                    List.of("Habla desde tu experiencia y los valores de tu comunidad.",
                            "Enlaza una fuente fiable cuando corrijas un dato.",
                            "Sé breve, sereno y cercano."),
                    List.of("No repitas la afirmación falsa en el titular o la primera frase.",
                            "No nombres ni discutas con quienes la publicaron.",
                            "No compartas datos personales de nadie."),
                    "Tu seguridad es lo primero. No te reúnas con nadie en persona por este tema, no compartas tu "
                            + "dirección ni tus rutinas y avisa enseguida a tu contacto si recibes amenazas. Puedes "
                            + "rechazar o parar en cualquier momento."),
            "fr", new BriefingTexts("fr", false, headings(
                    "Dossier d'information", "Ce qui se dit", "Affirmations clés", "Catégories de préjudice",
                    "Langues", "Quartiers", "Publications", "Publications par heure",
                    "Publications représentatives (auteurs pseudonymisés)", "Éléments de langage approuvés",
                    "À faire", "À éviter", "Votre sécurité", "Répondre avant le",
                    "Pas encore de traduction dans votre langue : affiché en anglais.",
                    "Publications qui le contestent (contre-discours)"),
                    List.of("Parlez de votre expérience et des valeurs de votre communauté.",
                            "Citez une source fiable quand vous corrigez un fait.",
                            "Restez bref, calme et proche."),
                    List.of("Ne répétez pas l'affirmation fausse en titre ou en première phrase.",
                            "Ne nommez pas et ne débattez pas avec ceux qui l'ont publiée.",
                            "Ne partagez aucune donnée personnelle."),
                    "Votre sécurité passe d'abord. Ne rencontrez personne à ce sujet, ne partagez ni votre adresse "
                            + "ni vos habitudes, et prévenez tout de suite votre référent en cas de menace. Vous "
                            + "pouvez refuser ou arrêter à tout moment."),
            "ar", new BriefingTexts("ar", true, headings(
                    "ملف الإحاطة", "ما يُقال", "الادعاءات الرئيسية", "فئات الضرر", "اللغات", "الأحياء",
                    "المنشورات", "المنشورات في الساعة", "منشورات تمثيلية (بأسماء مستعارة)",
                    "نقاط الحديث المعتمدة", "افعل", "لا تفعل", "سلامتك", "الرد قبل",
                    "لا توجد ترجمة بلغتك بعد: المعروض بالإنجليزية.",
                    "منشورات ترد عليه (خطاب مضاد)"),
                    List.of("تحدث من تجربتك وقيم مجتمعك.", "أرفق مصدراً موثوقاً عند تصحيح معلومة.",
                            "كن موجزاً وهادئاً وقريباً من الناس."),
                    List.of("لا تكرر الادعاء الكاذب في العنوان أو الجملة الأولى.",
                            "لا تذكر أسماء من نشروه ولا تجادلهم.", "لا تشارك أي بيانات شخصية."),
                    "سلامتك أولاً. لا تلتقِ بأحد شخصياً بشأن هذا الموضوع، ولا تشارك عنوانك أو روتينك، وأبلغ "
                            + "مسؤول الاتصال فوراً إذا تعرضت للتهديد. يمكنك الرفض أو التوقف في أي وقت."));

    /** The texts in this language, or English. */
    public static BriefingTexts of(String language) {
        return TEXTS.getOrDefault(language == null ? "en" : language, TEXTS.get("en"));
    }

    public static boolean supports(String language) {
        return TEXTS.containsKey(language);
    }

    public String heading(String key) {
        return headings.get(key);
    }

    private static Map<String, String> headings(String... values) {
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < HEADING_KEYS.size(); i++) {
            map.put(HEADING_KEYS.get(i), values[i]);
        }
        return map;
    }
}
