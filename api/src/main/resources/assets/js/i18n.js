// Interface text of the messenger's pages in English, Spanish, French and Arabic (right to left).

export const LANGUAGES = {en: 'English', es: 'Español', fr: 'Français', ar: 'العربية'};
export const RTL = new Set(['ar']);

const TEXT = {
  en: {
    reachTitle: 'How offers reach me', reachIntro: 'Choose where new assignments are sent. You can answer by replying ACCEPT or DECLINE with the code in the message.', reachOnFile: 'A number or chat id is on file; leave the field empty to keep it.', reachChannel: 'Send offers by', reach_email: 'E-mail', reach_sms: 'SMS', reach_whatsapp: 'WhatsApp', reach_telegram: 'Telegram', reachAddress: 'Phone number or Telegram chat id', reachAddressHint: 'Phone numbers with the country code, e.g. +34 600 000 000. Empty: your profile’s number.', quietHours: 'Do not send during my quiet hours', quietStart: 'Quiet from', quietEnd: 'Quiet until', quietZone: 'My time zone', saveReach: 'Save how offers reach me', reachSaved: 'Saved. New offers will reach you this way.',
    availability: 'My availability', available: 'I can take assignments', capacity: 'At most this many open assignments', absentUntil: 'Away until (optional)', consent: 'I agree to be contacted about assignments', saveProfile: 'Save my availability', profileSaved: 'Your availability was saved.',
    title: 'My assignments', signOut: 'Sign out', intro: 'Narratives an officer asked you to answer, most urgent first.',
    language: 'Language', none: 'You have no assignments at the moment. Thank you for being available.',
    due: 'Due', overdue: 'Overdue', state: 'State',
    offered: 'Offered', accepted: 'Accepted', declined: 'Declined', in_progress: 'In progress',
    responded: 'Responded', closed: 'Closed', withdrawn: 'Withdrawn',
    accept: 'Accept', decline: 'Decline', start: 'Start', respond: 'Record my response',
    briefing: 'Briefing pack', showBriefing: 'Open the briefing pack', hideBriefing: 'Hide the briefing pack',
    print: 'Print', noteFromOfficer: 'Note from the officer', declineReason: 'Why are you declining?',
    confirmDecline: 'Decline the assignment', cancel: 'Cancel', channel: 'Where did you respond?',
    link: 'Link to your response (optional)', description: 'What did you say or do?',
    responseLanguage: 'Language of your response', reach: 'About how many people did it reach? (optional)',
    submitResponse: 'Save my response', saved: 'Saved.', reasonRequired: 'Please give a reason.',
    linkOrDescription: 'Give a link or a description.', social: 'Social media', radio: 'Radio',
    in_person: 'In person', messaging: 'Messaging groups', other: 'Other', updated: 'Your assignments were updated.',
    responseRecorded: 'Response recorded', posts: 'posts', perHour: 'posts an hour', stale:
      'This assignment changed meanwhile; it has been reloaded.',
  },
  es: {
    reachTitle: 'Cómo me llegan las ofertas', reachIntro: 'Elige dónde recibir las nuevas asignaciones. Puedes contestar ACEPTAR o RECHAZAR con el código del mensaje.', reachOnFile: 'Hay un número o chat guardado; deja el campo vacío para conservarlo.', reachChannel: 'Enviar ofertas por', reach_email: 'Correo electrónico', reach_sms: 'SMS', reach_whatsapp: 'WhatsApp', reach_telegram: 'Telegram', reachAddress: 'Número de teléfono o chat de Telegram', reachAddressHint: 'Números con el prefijo del país, p. ej. +34 600 000 000. Vacío: el número de tu perfil.', quietHours: 'No enviar en mis horas de descanso', quietStart: 'Descanso desde', quietEnd: 'Descanso hasta', quietZone: 'Mi zona horaria', saveReach: 'Guardar cómo me llegan las ofertas', reachSaved: 'Guardado. Las nuevas ofertas te llegarán así.',
    availability: 'Mi disponibilidad', available: 'Puedo aceptar asignaciones', capacity: 'Como máximo, este número de asignaciones abiertas', absentUntil: 'Ausente hasta (opcional)', consent: 'Acepto que me contacten sobre asignaciones', saveProfile: 'Guardar mi disponibilidad', profileSaved: 'Se guardó tu disponibilidad.',
    title: 'Mis asignaciones', signOut: 'Cerrar sesión', intro: 'Narrativas que un agente te pidió responder, las más urgentes primero.',
    language: 'Idioma', none: 'No tienes asignaciones por ahora. Gracias por estar disponible.',
    due: 'Vence', overdue: 'Vencida', state: 'Estado',
    offered: 'Ofrecida', accepted: 'Aceptada', declined: 'Rechazada', in_progress: 'En curso',
    responded: 'Respondida', closed: 'Cerrada', withdrawn: 'Retirada',
    accept: 'Aceptar', decline: 'Rechazar', start: 'Empezar', respond: 'Registrar mi respuesta',
    briefing: 'Dossier informativo', showBriefing: 'Abrir el dossier', hideBriefing: 'Ocultar el dossier',
    print: 'Imprimir', noteFromOfficer: 'Nota del agente', declineReason: '¿Por qué la rechazas?',
    confirmDecline: 'Rechazar la asignación', cancel: 'Cancelar', channel: '¿Dónde respondiste?',
    link: 'Enlace a tu respuesta (opcional)', description: '¿Qué dijiste o hiciste?',
    responseLanguage: 'Idioma de tu respuesta', reach: '¿A cuántas personas llegó, más o menos? (opcional)',
    submitResponse: 'Guardar mi respuesta', saved: 'Guardado.', reasonRequired: 'Indica un motivo, por favor.',
    linkOrDescription: 'Indica un enlace o una descripción.', social: 'Redes sociales', radio: 'Radio',
    in_person: 'En persona', messaging: 'Grupos de mensajería', other: 'Otro',
    updated: 'Tus asignaciones se actualizaron.', responseRecorded: 'Respuesta registrada', posts: 'publicaciones',
    perHour: 'publicaciones por hora', stale: 'La asignación cambió mientras tanto; se ha recargado.',
  },
  fr: {
    reachTitle: 'Comment les offres me parviennent', reachIntro: 'Choisissez où recevoir les nouvelles missions. Vous pouvez répondre ACCEPTER ou REFUSER avec le code du message.', reachOnFile: 'Un numéro ou un chat est enregistré ; laissez le champ vide pour le garder.', reachChannel: 'Envoyer les offres par', reach_email: 'E-mail', reach_sms: 'SMS', reach_whatsapp: 'WhatsApp', reach_telegram: 'Telegram', reachAddress: 'Numéro de téléphone ou chat Telegram', reachAddressHint: 'Numéros avec l’indicatif du pays, par ex. +33 6 00 00 00 00. Vide : le numéro de votre profil.', quietHours: 'Ne rien envoyer pendant mes heures de repos', quietStart: 'Repos à partir de', quietEnd: 'Repos jusqu’à', quietZone: 'Mon fuseau horaire', saveReach: 'Enregistrer comment les offres me parviennent', reachSaved: 'Enregistré. Les nouvelles offres vous parviendront ainsi.',
    availability: 'Ma disponibilité', available: 'Je peux prendre des missions', capacity: 'Au plus ce nombre de missions ouvertes', absentUntil: 'Absent jusqu’au (facultatif)', consent: 'J’accepte d’être contacté pour des missions', saveProfile: 'Enregistrer ma disponibilité', profileSaved: 'Votre disponibilité a été enregistrée.',
    title: 'Mes missions', signOut: 'Se déconnecter', intro: 'Les récits auxquels un agent vous demande de répondre, les plus urgents d’abord.',
    language: 'Langue', none: 'Vous n’avez aucune mission pour le moment. Merci d’être disponible.',
    due: 'Échéance', overdue: 'En retard', state: 'État',
    offered: 'Proposée', accepted: 'Acceptée', declined: 'Refusée', in_progress: 'En cours',
    responded: 'Répondue', closed: 'Close', withdrawn: 'Retirée',
    accept: 'Accepter', decline: 'Refuser', start: 'Commencer', respond: 'Enregistrer ma réponse',
    briefing: 'Dossier de briefing', showBriefing: 'Ouvrir le dossier', hideBriefing: 'Masquer le dossier',
    print: 'Imprimer', noteFromOfficer: 'Note de l’agent', declineReason: 'Pourquoi refusez-vous ?',
    confirmDecline: 'Refuser la mission', cancel: 'Annuler', channel: 'Où avez-vous répondu ?',
    link: 'Lien vers votre réponse (facultatif)', description: 'Qu’avez-vous dit ou fait ?',
    responseLanguage: 'Langue de votre réponse', reach: 'Combien de personnes environ ? (facultatif)',
    submitResponse: 'Enregistrer ma réponse', saved: 'Enregistré.', reasonRequired: 'Merci d’indiquer un motif.',
    linkOrDescription: 'Indiquez un lien ou une description.', social: 'Réseaux sociaux', radio: 'Radio',
    in_person: 'En personne', messaging: 'Groupes de messagerie', other: 'Autre',
    updated: 'Vos missions ont été mises à jour.', responseRecorded: 'Réponse enregistrée', posts: 'messages',
    perHour: 'messages par heure', stale: 'La mission a changé entre-temps ; elle a été rechargée.',
  },
  ar: {
    reachTitle: 'كيف تصلني العروض', reachIntro: 'اختر أين تصلك المهام الجديدة. يمكنك الرد بكلمة قبول أو رفض مع الرمز الوارد في الرسالة.', reachOnFile: 'يوجد رقم أو محادثة محفوظة؛ اترك الحقل فارغاً للإبقاء عليه.', reachChannel: 'أرسل العروض عبر', reach_email: 'البريد الإلكتروني', reach_sms: 'رسالة نصية', reach_whatsapp: 'واتساب', reach_telegram: 'تيليجرام', reachAddress: 'رقم الهاتف أو معرّف محادثة تيليجرام', reachAddressHint: 'الأرقام مع رمز البلد، مثل ‎+212 600 000 000. فارغ: رقم ملفك الشخصي.', quietHours: 'لا ترسل خلال ساعات راحتي', quietStart: 'الراحة من', quietEnd: 'الراحة حتى', quietZone: 'منطقتي الزمنية', saveReach: 'احفظ طريقة وصول العروض', reachSaved: 'تم الحفظ. ستصلك العروض الجديدة بهذه الطريقة.',
    availability: 'مدى توفري', available: 'يمكنني قبول المهام', capacity: 'الحد الأقصى لعدد المهام المفتوحة', absentUntil: 'غائب حتى (اختياري)', consent: 'أوافق على التواصل معي بشأن المهام', saveProfile: 'احفظ مدى توفري', profileSaved: 'تم حفظ مدى توفرك.',
    title: 'مهامي', signOut: 'تسجيل الخروج', intro: 'الروايات التي طلب منك أحد الموظفين الرد عليها، الأكثر إلحاحاً أولاً.',
    language: 'اللغة', none: 'لا توجد لديك مهام حالياً. شكراً لاستعدادك.',
    due: 'الموعد النهائي', overdue: 'متأخرة', state: 'الحالة',
    offered: 'معروضة', accepted: 'مقبولة', declined: 'مرفوضة', in_progress: 'قيد التنفيذ',
    responded: 'تم الرد', closed: 'مغلقة', withdrawn: 'مسحوبة',
    accept: 'قبول', decline: 'رفض', start: 'ابدأ', respond: 'سجّل ردّي',
    briefing: 'ملف الإحاطة', showBriefing: 'افتح ملف الإحاطة', hideBriefing: 'أخفِ ملف الإحاطة',
    print: 'طباعة', noteFromOfficer: 'ملاحظة من الموظف', declineReason: 'لماذا ترفض؟',
    confirmDecline: 'رفض المهمة', cancel: 'إلغاء', channel: 'أين رددت؟',
    link: 'رابط ردّك (اختياري)', description: 'ماذا قلت أو فعلت؟',
    responseLanguage: 'لغة ردّك', reach: 'كم شخصاً تقريباً وصل إليهم الرد؟ (اختياري)',
    submitResponse: 'احفظ ردّي', saved: 'تم الحفظ.', reasonRequired: 'يرجى ذكر السبب.',
    linkOrDescription: 'أضف رابطاً أو وصفاً.', social: 'وسائل التواصل الاجتماعي', radio: 'الراديو',
    in_person: 'شخصياً', messaging: 'مجموعات المراسلة', other: 'غير ذلك',
    updated: 'تم تحديث مهامك.', responseRecorded: 'تم تسجيل الرد', posts: 'منشورات',
    perHour: 'منشورات في الساعة', stale: 'تغيّرت هذه المهمة في الأثناء، وأعيد تحميلها.',
  },
};

/** The best supported language for a code (e.g. "es-MX" → "es"), English by default. */
export function supported(code) {
  const base = String(code || '').toLowerCase().split('-')[0];
  return TEXT[base] ? base : 'en';
}

/** A translator for one language: t('title'), or with values t('key', {name: 'value'}) for {name} in the text. */
export function translator(lang) {
  const table = TEXT[supported(lang)];
  return (key, values = {}) => (table[key] ?? TEXT.en[key] ?? key).replace(/\{(\w+)\}/g, (_, k) => values[k] ?? '');
}

/** Sets the document's language and direction. */
export function applyLanguage(lang) {
  const code = supported(lang);
  document.documentElement.lang = code;
  document.documentElement.dir = RTL.has(code) ? 'rtl' : 'ltr';
  return code;
}
