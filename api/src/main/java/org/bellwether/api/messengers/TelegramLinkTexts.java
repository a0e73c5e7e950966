package org.bellwether.api.messengers;

import java.util.Locale;
import java.util.Map;

/** What the bot answers to {@code /start <token>}, in English, Spanish, French and Arabic. */
public final class TelegramLinkTexts {
    private static final Map<String, String> BOUND = Map.of(
            "en", "Done: Bellwether assignments will now reach you in this chat. Reply ACCEPT or DECLINE with the code"
                    + " in each message.",
            "es", "Listo: las asignaciones de Bellwether te llegarán ahora en este chat. Responde ACEPTAR o RECHAZAR con"
                    + " el código de cada mensaje.",
            "fr", "C’est fait : les missions Bellwether vous parviendront désormais dans cette discussion. Répondez"
                    + " ACCEPTER ou REFUSER avec le code de chaque message.",
            "ar", "تم: ستصلك مهام Bellwether الآن في هذه المحادثة. أرسل قبول أو رفض مع الرمز الوارد في كل رسالة.");
    private static final String INVALID = "This link has expired or was already used. Open your Bellwether inbox for"
            + " a new one. / Este enlace ha caducado o ya se usó. / Ce lien a expiré ou a déjà servi."
            + " / انتهت صلاحية هذا الرابط أو استُخدم من قبل.";

    private TelegramLinkTexts() {
    }

    /** The confirmation that the chat now receives offers, in the messenger's language (English when unknown). */
    public static String bound(String language) {
        return BOUND.getOrDefault(language == null ? "en" : language.toLowerCase(Locale.ROOT), BOUND.get("en"));
    }

    /** The answer to a token that is unknown, used or expired, in all four languages (the sender is not known). */
    public static String invalid() {
        return INVALID;
    }
}
