package org.bellwether.api.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * What an offer, its reminder and the answers to a messenger's {@code ACCEPT}/{@code DECLINE} reply say, in English,
 * Spanish, French and Arabic. {@code {label}}, {@code {deadline}}, {@code {code}}, {@code {link}} and {@code {name}} are
 * filled in; the reply words of each language are accepted as well as the English ones.
 */
public final class OfferTexts {
    /** The texts of one language. */
    public record Texts(String offer, String reminder, String accepted, String declined, String unknownCode,
                        String closed, String expired, String usage, String acceptWord, String declineWord) {
    }

    private static final Map<String, Texts> TEXTS = Map.of(
            "en", new Texts(
                    "{name}, a new Bellwether assignment: {label}. Please answer by {deadline}: reply ACCEPT {code}"
                            + " or DECLINE {code}, or open {link}",
                    "{name}, an assignment is still waiting for your answer: {label}. Reply ACCEPT {code} or"
                            + " DECLINE {code}, or open {link}",
                    "Thank you: you accepted the assignment {code}. The briefing pack is in your Bellwether inbox.",
                    "You declined the assignment {code}. Thank you for letting us know.",
                    "No open assignment of yours has the code {code}. Check the code in the message we sent.",
                    "The assignment {code} is no longer waiting for an answer.",
                    "The time to answer assignment {code} has passed; the officer has been told.",
                    "Reply ACCEPT or DECLINE followed by the code, e.g. ACCEPT {code}.",
                    "ACCEPT", "DECLINE"),
            "es", new Texts(
                    "{name}, nueva asignación de Bellwether: {label}. Responde antes de {deadline}: escribe"
                            + " ACEPTAR {code} o RECHAZAR {code}, o abre {link}",
                    "{name}, una asignación sigue esperando tu respuesta: {label}. Escribe ACEPTAR {code} o"
                            + " RECHAZAR {code}, o abre {link}",
                    "Gracias: aceptaste la asignación {code}. El dossier está en tu bandeja de Bellwether.",
                    "Rechazaste la asignación {code}. Gracias por avisarnos.",
                    "Ninguna asignación abierta tuya tiene el código {code}. Revisa el código del mensaje.",
                    "La asignación {code} ya no espera respuesta.",
                    "El plazo para responder a la asignación {code} ha pasado; se ha avisado al agente.",
                    "Responde ACEPTAR o RECHAZAR seguido del código, p. ej. ACEPTAR {code}.",
                    "ACEPTAR", "RECHAZAR"),
            "fr", new Texts(
                    "{name}, nouvelle mission Bellwether : {label}. Répondez avant le {deadline} : ACCEPTER {code}"
                            + " ou REFUSER {code}, ou ouvrez {link}",
                    "{name}, une mission attend toujours votre réponse : {label}. Répondez ACCEPTER {code} ou"
                            + " REFUSER {code}, ou ouvrez {link}",
                    "Merci : vous avez accepté la mission {code}. Le dossier est dans votre boîte Bellwether.",
                    "Vous avez refusé la mission {code}. Merci de nous avoir prévenus.",
                    "Aucune de vos missions ouvertes n’a le code {code}. Vérifiez le code du message.",
                    "La mission {code} n’attend plus de réponse.",
                    "Le délai pour répondre à la mission {code} est passé ; l’agent a été prévenu.",
                    "Répondez ACCEPTER ou REFUSER suivi du code, par ex. ACCEPTER {code}.",
                    "ACCEPTER", "REFUSER"),
            "ar", new Texts(
                    "{name}، مهمة جديدة من Bellwether: {label}. يرجى الرد قبل {deadline}: أرسل قبول {code} أو"
                            + " رفض {code}، أو افتح {link}",
                    "{name}، ما زالت مهمة تنتظر ردك: {label}. أرسل قبول {code} أو رفض {code}، أو افتح {link}",
                    "شكراً: قبلت المهمة {code}. ملف الإحاطة في صندوقك على Bellwether.",
                    "رفضت المهمة {code}. شكراً لإبلاغنا.",
                    "لا توجد مهمة مفتوحة لك بالرمز {code}. تحقق من الرمز في الرسالة.",
                    "المهمة {code} لم تعد تنتظر رداً.",
                    "انتهت مهلة الرد على المهمة {code}، وتم إبلاغ الموظف.",
                    "أرسل قبول أو رفض متبوعاً بالرمز، مثل: قبول {code}.",
                    "قبول", "رفض"));

    private OfferTexts() {
    }

    /** The texts of a language, English when it has none. */
    public static Texts of(String language) {
        return TEXTS.getOrDefault(language == null ? "en" : language.toLowerCase(Locale.ROOT), TEXTS.get("en"));
    }

    /** Whether a word is accept in one of the languages. */
    public static boolean isAcceptWord(String word) {
        return TEXTS.values().stream().anyMatch(t -> t.acceptWord().equalsIgnoreCase(word));
    }

    /** Whether a word is decline in one of the languages. */
    public static boolean isDeclineWord(String word) {
        return TEXTS.values().stream().anyMatch(t -> t.declineWord().equalsIgnoreCase(word));
    }

    /** Fills {@code {name}} placeholders; a value never re-expands. */
    public static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(template);
        while (matcher.find()) {
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    values.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A deadline as the messenger reads it: in their zone when known, else UTC. */
    public static String deadline(Instant deadline, ZoneId zone, String language) {
        return DateTimeFormatter.ofPattern("d MMM HH:mm z", Locale.forLanguageTag(language == null ? "en" : language))
                .format(deadline.atZone(zone == null ? ZoneId.of("UTC") : zone));
    }
}
