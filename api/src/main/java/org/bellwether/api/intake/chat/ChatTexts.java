package org.bellwether.api.intake.chat;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.bellwether.api.intake.tips.TipIntake;
import org.bellwether.api.intake.tips.TipLanguage;

/**
 * What the tip lines say, in English, Spanish, French and Arabic, and how they read a tipster's answer: consent
 * ({@code YES}, {@code SÍ}, {@code OUI}, {@code نعم} or the button's payload) and {@code STOP} (also {@code /stop},
 * {@code ALTO}, {@code ARRÊT}, {@code توقف}). Thread-safe.
 */
public final class ChatTexts {
    private static final Pattern YES = Pattern.compile("(?iu)^\\s*(yes|y|sí|si|oui|نعم)\\s*[.!]?\\s*$");
    private static final Pattern STOP = Pattern.compile("(?iu)^\\s*/?(stop|alto|arrêt|arret|توقف)\\s*[.!]?\\s*$");
    private static final Pattern START = Pattern.compile("(?iu)^\\s*/start(\\s.*)?$");

    /** The texts of one language. */
    record Texts(String welcome, String button, String received, String askForReport, String invalid,
                 String forgotten) {
    }

    private static final Map<String, Texts> TEXTS = Map.of(
            "en", new Texts("""
                    Thank you for writing to the city's rumour tip line. The city's team reads every report to spot \
                    false or harmful rumours early and to answer them with accurate information. Reports are never \
                    published with your name, and your chat is stored encrypted. Images are not kept. May we use \
                    what you send us? Reply YES to agree, or STOP and we forget this chat.""",
                    "YES", "Thank you, your report was received. Reference: ",
                    "Thank you. Send us what you saw: a message, a link or a forwarded post.",
                    "We could not take this report. Please send a few more words or a link.",
                    "Done: this chat is forgotten and you will not hear from us again."),
            "es", new Texts("""
                    Gracias por escribir a la línea de rumores de la ciudad. El equipo de la ciudad lee cada \
                    informe para detectar a tiempo rumores falsos o dañinos y responder con información correcta. \
                    Los informes nunca se publican con su nombre y su chat se guarda cifrado. Las imágenes no se \
                    guardan. ¿Podemos usar lo que nos envía? Responda SÍ para aceptar, o STOP y olvidamos este chat.""",
                    "SÍ", "Gracias, recibimos su informe. Referencia: ",
                    "Gracias. Envíenos lo que vio: un mensaje, un enlace o una publicación reenviada.",
                    "No pudimos registrar este informe. Envíe algunas palabras más o un enlace.",
                    "Listo: este chat está olvidado y no volverá a saber de nosotros."),
            "fr", new Texts("""
                    Merci d'écrire à la ligne rumeurs de la ville. L'équipe de la ville lit chaque signalement pour \
                    repérer tôt les rumeurs fausses ou nuisibles et y répondre avec des informations exactes. Les \
                    signalements ne sont jamais publiés avec votre nom et votre conversation est chiffrée. Les images \
                    ne sont pas conservées. Pouvons-nous utiliser ce que vous envoyez ? Répondez OUI pour accepter, \
                    ou STOP et nous oublions cette conversation.""",
                    "OUI", "Merci, signalement reçu. Référence : ",
                    "Merci. Envoyez-nous ce que vous avez vu : un message, un lien ou une publication transférée.",
                    "Nous n'avons pas pu enregistrer ce signalement. Envoyez quelques mots de plus ou un lien.",
                    "C'est fait : cette conversation est oubliée et vous n'aurez plus de nouvelles de nous."),
            "ar", new Texts("""
                    شكرًا لتواصلك مع خط بلاغات الشائعات في المدينة. يقرأ فريق المدينة كل بلاغ لرصد الشائعات الكاذبة \
                    أو الضارة مبكرًا والرد عليها بمعلومات دقيقة. لا تُنشر البلاغات باسمك أبدًا، وتُحفظ محادثتك مشفرة. \
                    لا نحتفظ بالصور. هل نستطيع استخدام ما ترسله؟ أرسل نعم للموافقة، أو STOP لننسى هذه المحادثة.""",
                    "نعم", "شكرًا، تم استلام بلاغك. الرقم المرجعي: ",
                    "شكرًا. أرسل لنا ما رأيته: رسالة أو رابطًا أو منشورًا أعدت توجيهه.",
                    "لم نتمكن من تسجيل هذا البلاغ. أرسل كلمات أكثر أو رابطًا.",
                    "تم: نُسيت هذه المحادثة ولن نراسلك مرة أخرى."));

    private ChatTexts() {
    }

    static Texts of(String language) {
        return TEXTS.get(TipIntake.language(language));
    }

    /** The tipster's language: the app's language code when it is one of ours, else a guess from the text. */
    static String language(ChatMessage message) {
        if (message.languageCode() != null) {
            String code = message.languageCode().trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
            if (TipIntake.LANGUAGES.contains(code)) {
                return code;
            }
        }
        return TipLanguage.guess(message.text());
    }

    static boolean isConsent(ChatMessage message) {
        return message.consentButton() || YES.matcher(message.text()).matches();
    }

    static boolean isStop(ChatMessage message) {
        return STOP.matcher(message.text()).matches();
    }

    /** Telegram's {@code /start}, sent when a chat with the bot is opened: a greeting, not a report. */
    static boolean isStart(ChatMessage message) {
        return START.matcher(message.text()).matches() && message.urls().isEmpty();
    }
}
