package org.bellwether.api.intake.tips;

import java.util.Map;

/** The tip line's words in English, Spanish, French and Arabic. */
final class TipTexts {
    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("dir", "ltr"),
                    Map.entry("title", "Report something you have seen"),
                    Map.entry("intro", "Tell the city about rumours, hateful messages or threats you have seen in your"
                            + " neighbourhood or online. You can stay anonymous."),
                    Map.entry("text", "What did you see or hear?"),
                    Map.entry("textHint", "Describe it in your own words (at most 5,000 characters)."),
                    Map.entry("urls", "Links (optional)"),
                    Map.entry("urlsHint", "One link per line. Do not send files or photos: links only."),
                    Map.entry("neighbourhood", "Neighbourhood (optional)"),
                    Map.entry("none", "Not sure / not about one place"),
                    Map.entry("contact", "How can we reach you? (optional)"),
                    Map.entry("contactHint", "An e-mail address or phone number. It is encrypted and only seen by"
                            + " the city's public affairs officers."),
                    Map.entry("consentLegend", "Consent"),
                    Map.entry("consent", "I agree that the city processes this report to respond to harmful"
                            + " narratives. My contact details, if given, are encrypted."),
                    Map.entry("submit", "Send report"),
                    Map.entry("thanksTitle", "Thank you"),
                    Map.entry("thanks", "We received your report. Your reference number is:"),
                    Map.entry("again", "Send another report"),
                    Map.entry("errorsTitle", "Please check the form"),
                    Map.entry("error.text", "Please describe what you saw (3 to 5,000 characters)."),
                    Map.entry("error.consent", "Please tick the consent box: we can only use reports given with"
                            + " consent."),
                    Map.entry("error.urls", "Please give at most 10 links starting with http:// or https://."),
                    Map.entry("error.neighbourhood", "Please choose a neighbourhood from the list."),
                    Map.entry("error.contact", "The contact details are too long."),
                    Map.entry("error.rate", "You have sent several reports in a short time. Please try again in"
                            + " {minutes} min."),
                    Map.entry("error.expired", "This form has expired. Please check your report and send it"
                            + " again."),
                    Map.entry("error.origin", "This form can only be sent from the city's own page. Please open the"
                            + " form again and send it from there."),
                    Map.entry("error.unavailable", "The service is briefly unavailable. Please try again in a few"
                            + " minutes."),
                    Map.entry("languages", "Language"),
                    Map.entry("leaveEmpty", "Leave this field empty")),
            "es", Map.ofEntries(
                    Map.entry("dir", "ltr"),
                    Map.entry("title", "Informe de algo que ha visto"),
                    Map.entry("intro", "Cuéntele a la ciudad los rumores, mensajes de odio o amenazas que haya visto en"
                            + " su barrio o en internet. Puede hacerlo de forma anónima."),
                    Map.entry("text", "¿Qué vio o escuchó?"),
                    Map.entry("textHint", "Descríbalo con sus palabras (5.000 caracteres como máximo)."),
                    Map.entry("urls", "Enlaces (opcional)"),
                    Map.entry("urlsHint", "Un enlace por línea. No envíe archivos ni fotos: solo enlaces."),
                    Map.entry("neighbourhood", "Barrio (opcional)"),
                    Map.entry("none", "No lo sé / no es de un lugar concreto"),
                    Map.entry("contact", "¿Cómo podemos contactarle? (opcional)"),
                    Map.entry("contactHint", "Un correo o un teléfono. Se cifra y solo lo ven los responsables de"
                            + " comunicación de la ciudad."),
                    Map.entry("consentLegend", "Consentimiento"),
                    Map.entry("consent", "Acepto que la ciudad trate este informe para responder a narrativas"
                            + " dañinas. Mis datos de contacto, si los doy, se cifran."),
                    Map.entry("submit", "Enviar informe"),
                    Map.entry("thanksTitle", "Gracias"),
                    Map.entry("thanks", "Hemos recibido su informe. Su número de referencia es:"),
                    Map.entry("again", "Enviar otro informe"),
                    Map.entry("errorsTitle", "Revise el formulario"),
                    Map.entry("error.text", "Describa lo que vio (de 3 a 5.000 caracteres)."),
                    Map.entry("error.consent", "Marque la casilla de consentimiento: solo podemos usar informes"
                            + " con consentimiento."),
                    Map.entry("error.urls", "Indique como máximo 10 enlaces que empiecen por http:// o https://."),
                    Map.entry("error.neighbourhood", "Elija un barrio de la lista."),
                    Map.entry("error.contact", "Los datos de contacto son demasiado largos."),
                    Map.entry("error.rate", "Ha enviado varios informes en poco tiempo. Inténtelo de nuevo dentro de"
                            + " {minutes} min."),
                    Map.entry("error.expired", "Este formulario ha caducado. Revise su informe y envíelo de nuevo."),
                    Map.entry("error.origin", "Este formulario solo puede enviarse desde la página de la ciudad. Ábralo"
                            + " de nuevo y envíelo desde allí."),
                    Map.entry("error.unavailable", "El servicio no está disponible. Inténtelo en unos minutos."),
                    Map.entry("languages", "Idioma"),
                    Map.entry("leaveEmpty", "Deje este campo vacío")),
            "fr", Map.ofEntries(
                    Map.entry("dir", "ltr"),
                    Map.entry("title", "Signaler ce que vous avez vu"),
                    Map.entry("intro", "Signalez à la ville les rumeurs, messages haineux ou menaces que vous avez vus"
                            + " dans votre quartier ou en ligne. Vous pouvez rester anonyme."),
                    Map.entry("text", "Qu'avez-vous vu ou entendu ?"),
                    Map.entry("textHint", "Décrivez-le avec vos mots (5 000 caractères au plus)."),
                    Map.entry("urls", "Liens (facultatif)"),
                    Map.entry("urlsHint", "Un lien par ligne. N'envoyez ni fichiers ni photos : des liens seulement."),
                    Map.entry("neighbourhood", "Quartier (facultatif)"),
                    Map.entry("none", "Je ne sais pas / pas un lieu précis"),
                    Map.entry("contact", "Comment vous joindre ? (facultatif)"),
                    Map.entry("contactHint", "Une adresse e-mail ou un numéro de téléphone. Il est chiffré et seuls"
                            + " les chargés de communication de la ville le voient."),
                    Map.entry("consentLegend", "Consentement"),
                    Map.entry("consent", "J'accepte que la ville traite ce signalement pour répondre aux récits"
                            + " nuisibles. Mes coordonnées, si je les donne, sont chiffrées."),
                    Map.entry("submit", "Envoyer le signalement"),
                    Map.entry("thanksTitle", "Merci"),
                    Map.entry("thanks", "Nous avons reçu votre signalement. Votre numéro de référence est :"),
                    Map.entry("again", "Envoyer un autre signalement"),
                    Map.entry("errorsTitle", "Veuillez vérifier le formulaire"),
                    Map.entry("error.text", "Décrivez ce que vous avez vu (de 3 à 5 000 caractères)."),
                    Map.entry("error.consent", "Cochez la case de consentement : nous ne pouvons utiliser que les"
                            + " signalements donnés avec consentement."),
                    Map.entry("error.urls", "Indiquez au plus 10 liens commençant par http:// ou https://."),
                    Map.entry("error.neighbourhood", "Choisissez un quartier dans la liste."),
                    Map.entry("error.contact", "Les coordonnées sont trop longues."),
                    Map.entry("error.rate", "Vous avez envoyé plusieurs signalements en peu de temps. Réessayez dans"
                            + " {minutes} min."),
                    Map.entry("error.expired", "Ce formulaire a expiré. Vérifiez votre signalement et envoyez-le à"
                            + " nouveau."),
                    Map.entry("error.origin", "Ce formulaire ne peut être envoyé que depuis la page de la ville."
                            + " Ouvrez-le à nouveau et envoyez-le depuis cette page."),
                    Map.entry("error.unavailable", "Le service est momentanément indisponible. Réessayez dans quelques"
                            + " minutes."),
                    Map.entry("languages", "Langue"),
                    Map.entry("leaveEmpty", "Laissez ce champ vide")),
            "ar", Map.ofEntries(
                    Map.entry("dir", "rtl"),
                    Map.entry("title", "أبلغ عن شيء رأيته"),
                    Map.entry("intro", "أخبر المدينة عن الشائعات أو رسائل الكراهية أو التهديدات التي رأيتها في حيّك أو"
                            + " على الإنترنت. يمكنك أن تبقى مجهول الهوية."),
                    Map.entry("text", "ماذا رأيت أو سمعت؟"),
                    Map.entry("textHint", "صِفه بكلماتك (5000 حرف على الأكثر)."),
                    Map.entry("urls", "روابط (اختياري)"),
                    Map.entry("urlsHint", "رابط واحد في كل سطر. لا ترسل ملفات أو صورًا: الروابط فقط."),
                    Map.entry("neighbourhood", "الحي (اختياري)"),
                    Map.entry("none", "لست متأكدًا / لا يخص مكانًا واحدًا"),
                    Map.entry("contact", "كيف يمكننا التواصل معك؟ (اختياري)"),
                    Map.entry("contactHint", "بريد إلكتروني أو رقم هاتف. يتم تشفيره ولا يراه إلا مسؤولو الإعلام في"
                            + " المدينة."),
                    Map.entry("consentLegend", "الموافقة"),
                    Map.entry("consent", "أوافق على أن تعالج المدينة هذا البلاغ للرد على الروايات الضارة. بيانات"
                            + " الاتصال، إن قدمتها، مشفرة."),
                    Map.entry("submit", "إرسال البلاغ"),
                    Map.entry("thanksTitle", "شكرًا لك"),
                    Map.entry("thanks", "لقد استلمنا بلاغك. رقمك المرجعي هو:"),
                    Map.entry("again", "إرسال بلاغ آخر"),
                    Map.entry("errorsTitle", "يرجى مراجعة النموذج"),
                    Map.entry("error.text", "يرجى وصف ما رأيته (من 3 إلى 5000 حرف)."),
                    Map.entry("error.consent", "يرجى وضع علامة في خانة الموافقة: لا يمكننا استخدام البلاغات إلا"
                            + " بموافقة."),
                    Map.entry("error.urls", "يرجى إدخال 10 روابط على الأكثر تبدأ بـ http:// أو https://."),
                    Map.entry("error.neighbourhood", "يرجى اختيار حي من القائمة."),
                    Map.entry("error.contact", "بيانات الاتصال طويلة جدًا."),
                    Map.entry("error.rate", "لقد أرسلت عدة بلاغات في وقت قصير. يرجى المحاولة مرة أخرى بعد"
                            + " {minutes} دقيقة."),
                    Map.entry("error.expired", "انتهت صلاحية هذا النموذج. يرجى مراجعة بلاغك وإرساله مرة أخرى."),
                    Map.entry("error.origin", "لا يمكن إرسال هذا النموذج إلا من صفحة المدينة. يرجى فتح النموذج مرة"
                            + " أخرى وإرساله من هناك."),
                    Map.entry("error.unavailable", "الخدمة غير متاحة مؤقتًا. يرجى المحاولة بعد دقائق."),
                    Map.entry("languages", "اللغة"),
                    Map.entry("leaveEmpty", "اترك هذا الحقل فارغًا")));

    private TipTexts() {
    }

    static String get(String language, String key) {
        Map<String, String> texts = TEXTS.getOrDefault(language, TEXTS.get("en"));
        return texts.getOrDefault(key, TEXTS.get("en").getOrDefault(key, key));
    }
}
