import { usesVoseo } from '@/lib/i18n/voseo';

// Words the renderer itself adds around the document's content (skip link, landmark names,
// form chrome). They are not part of the document because every site needs the same ones.

export type UiStrings = {
  skipToContent: string;
  mainNavigation: string;
  languageNavigation: string;
  footerNavigation: string;
  socialLinks: string;
  leaveEmpty: string;
  required: string;
  featured: string;
  address: string;
  phone: string;
  email: string;
  hours: string;
  /** The contact details' line of the ways to pay the business takes. */
  payment: string;
  by: string;
  readMore: string;
  /** Marks example content in the preview. */
  sample: string;
  openMap: string;
  /** Beside a phone that takes text messages: the sms: link. */
  sendText: string;
  /** The first entry of a choice the visitor has not made yet. */
  chooseOne: string;
  whatsapp: string;
  pixKey: string;
  /** The small-screen menu button. */
  menu: string;
  /** Title of the /blog/ page the build adds when the owner made none. */
  blog: string;
  /** Under every lead form: who is responsible for what the visitor sends ({business}: the site's name). */
  privacyNotice: string;
  /** Under the newsletter's form: the same, for an address given to get news. */
  newsletterNotice: string;
  /** The link to the site's privacy page. */
  privacyPolicy: string;
  /** The newsletter's consent box ({business}: the site's name). */
  newsletterConsent: string;
  /** In the preview, where a photo belongs and none is chosen yet. */
  addPhotos: string;
  /** The credit line of a provider's photos ({names}: the photographers, linked; {provider}: "Unsplash", linked). */
  photoBy: string;
  photosBy: string;
};

const en: UiStrings = {
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  languageNavigation: 'Language',
  footerNavigation: 'Footer',
  socialLinks: 'Social media',
  leaveEmpty: 'Leave this field empty',
  required: 'required',
  featured: 'Most popular',
  address: 'Address',
  phone: 'Phone',
  email: 'Email',
  hours: 'Opening hours',
  payment: 'Payment',
  by: 'By',
  readMore: 'Read more',
  sample: 'Sample',
  openMap: 'Open in a map',
  sendText: 'Send a text',
  chooseOne: 'Choose…',
  whatsapp: 'WhatsApp',
  pixKey: 'PIX key:',
  menu: 'Menu',
  blog: 'Blog',
  privacyNotice: '{business} is responsible for the details you send here and uses them only to answer you.',
  newsletterNotice: '{business} is responsible for your address and uses it only to send you the news you asked for.',
  privacyPolicy: 'Privacy policy',
  newsletterConsent: 'I agree to receive news from {business} by email. I can unsubscribe at any time.',
  addPhotos: 'Add your photos',
  photoBy: 'Photo by {names} on {provider}',
  photosBy: 'Photos by {names} on {provider}',
};

const byLanguage: Record<string, UiStrings> = {
  en,
  pt: {
    skipToContent: 'Pular para o conteúdo',
    mainNavigation: 'Principal',
    languageNavigation: 'Idioma',
    footerNavigation: 'Rodapé',
    socialLinks: 'Redes sociais',
    leaveEmpty: 'Deixe este campo em branco',
    required: 'obrigatório',
    featured: 'Mais popular',
    address: 'Endereço',
    phone: 'Telefone',
    email: 'E-mail',
    hours: 'Horário de funcionamento',
    payment: 'Formas de pagamento',
    by: 'Por',
    readMore: 'Leia mais',
    sample: 'Exemplo',
    openMap: 'Abrir no mapa',
    sendText: 'Enviar SMS',
    chooseOne: 'Escolha…',
    whatsapp: 'WhatsApp',
    pixKey: 'Chave PIX:',
    menu: 'Menu',
    blog: 'Blog',
    privacyNotice: '{business} é responsável pelos dados que você envia aqui e os usa apenas para responder a você.',
    newsletterNotice: '{business} é responsável pelo seu e-mail e o usa apenas para enviar as novidades que você pediu.',
    privacyPolicy: 'Política de privacidade',
    newsletterConsent: 'Aceito receber novidades de {business} por e-mail. Posso cancelar quando quiser.',
    addPhotos: 'Adicione suas fotos',
    photoBy: 'Foto de {names} no {provider}',
    photosBy: 'Fotos de {names} no {provider}',
  },
  es: {
    skipToContent: 'Saltar al contenido',
    mainNavigation: 'Principal',
    languageNavigation: 'Idioma',
    footerNavigation: 'Pie de página',
    socialLinks: 'Redes sociales',
    leaveEmpty: 'Deja este campo vacío',
    required: 'obligatorio',
    featured: 'Más popular',
    address: 'Dirección',
    phone: 'Teléfono',
    email: 'Correo electrónico',
    hours: 'Horario',
    payment: 'Formas de pago',
    by: 'Por',
    readMore: 'Leer más',
    sample: 'Ejemplo',
    openMap: 'Abrir en el mapa',
    sendText: 'Enviar SMS',
    chooseOne: 'Elige…',
    whatsapp: 'WhatsApp',
    pixKey: 'Clave PIX:',
    menu: 'Menú',
    blog: 'Blog',
    privacyNotice: '{business} es responsable de los datos que envías aquí y solo los usa para responderte.',
    newsletterNotice: '{business} es responsable de tu dirección y solo la usa para enviarte las novedades que pediste.',
    privacyPolicy: 'Política de privacidad',
    newsletterConsent: 'Acepto recibir novedades de {business} por correo electrónico. Puedo darme de baja cuando quiera.',
    addPhotos: 'Añade tus fotos',
    photoBy: 'Foto de {names} en {provider}',
    photosBy: 'Fotos de {names} en {provider}',
  },
  fr: {
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Principale',
    languageNavigation: 'Langue',
    footerNavigation: 'Pied de page',
    socialLinks: 'Réseaux sociaux',
    leaveEmpty: 'Laissez ce champ vide',
    required: 'obligatoire',
    featured: 'Le plus populaire',
    address: 'Adresse',
    phone: 'Téléphone',
    email: 'E-mail',
    hours: 'Horaires',
    payment: 'Paiement',
    by: 'Par',
    readMore: 'Lire la suite',
    sample: 'Exemple',
    openMap: 'Ouvrir dans une carte',
    sendText: 'Envoyer un SMS',
    chooseOne: 'Choisir…',
    whatsapp: 'WhatsApp',
    pixKey: 'Clé PIX :',
    menu: 'Menu',
    blog: 'Blog',
    privacyNotice: '{business} est responsable des informations que vous envoyez ici et ne les utilise que pour vous répondre.',
    newsletterNotice: '{business} est responsable de votre adresse et ne l’utilise que pour vous envoyer les actualités demandées.',
    privacyPolicy: 'Politique de confidentialité',
    newsletterConsent: 'J’accepte de recevoir les actualités de {business} par e-mail. Je peux me désabonner à tout moment.',
    addPhotos: 'Ajoutez vos photos',
    photoBy: 'Photo de {names} sur {provider}',
    photosBy: 'Photos de {names} sur {provider}',
  },
  de: {
    skipToContent: 'Zum Inhalt springen',
    mainNavigation: 'Hauptmenü',
    languageNavigation: 'Sprache',
    footerNavigation: 'Fußzeile',
    socialLinks: 'Soziale Medien',
    leaveEmpty: 'Dieses Feld leer lassen',
    required: 'Pflichtfeld',
    featured: 'Am beliebtesten',
    address: 'Adresse',
    phone: 'Telefon',
    email: 'E-Mail',
    hours: 'Öffnungszeiten',
    payment: 'Zahlung',
    by: 'Von',
    readMore: 'Weiterlesen',
    sample: 'Beispiel',
    openMap: 'Auf der Karte öffnen',
    sendText: 'SMS senden',
    chooseOne: 'Auswählen…',
    whatsapp: 'WhatsApp',
    pixKey: 'PIX-Schlüssel:',
    menu: 'Menü',
    blog: 'Blog',
    privacyNotice: '{business} ist für die Angaben verantwortlich, die Sie hier senden, und nutzt sie nur, um Ihnen zu antworten.',
    newsletterNotice: '{business} ist für Ihre Adresse verantwortlich und nutzt sie nur, um Ihnen die gewünschten Neuigkeiten zu senden.',
    privacyPolicy: 'Datenschutzerklärung',
    newsletterConsent: 'Ich möchte Neuigkeiten von {business} per E-Mail erhalten. Ich kann mich jederzeit abmelden.',
    addPhotos: 'Fügen Sie Ihre Fotos hinzu',
    photoBy: 'Foto von {names} auf {provider}',
    photosBy: 'Fotos von {names} auf {provider}',
  },
};

// European Portuguese where it differs from Brazilian ("Saltar", "Morada", "Ler mais"); the
// rest reads the same in both.
const byLocale: Record<string, UiStrings> = {
  'pt-PT': {
    ...byLanguage.pt,
    skipToContent: 'Saltar para o conteúdo',
    leaveEmpty: 'Deixe este campo vazio',
    address: 'Morada',
    addPhotos: 'Adicione as suas fotos',
    readMore: 'Ler mais',
    privacyNotice: '{business} é responsável pelos dados que envia aqui e usa-os apenas para lhe responder.',
    newsletterNotice: '{business} é responsável pelo seu e-mail e usa-o apenas para lhe enviar as novidades que pediu.',
    newsletterConsent: 'Aceito receber novidades de {business} por e-mail. Posso cancelar a subscrição quando quiser.',
  },
};

// The Spanish of the countries that address the reader with vos, where it differs from tú.
const esVos: Partial<UiStrings> = {
  leaveEmpty: 'Dejá este campo vacío',
  chooseOne: 'Elegí…',
  privacyNotice: '{business} es responsable de los datos que enviás acá y solo los usa para responderte.',
  addPhotos: 'Agregá tus fotos',
};

/**
 * UI words for a locale: the exact locale, else its language subtag, else English — in Spanish,
 * with vos where the business's country (ISO code, from the document's business address) uses it.
 */
export function uiStringsFor(locale: string, country?: string): UiStrings {
  const strings = byLocale[locale] ?? byLanguage[locale.split('-')[0].toLowerCase()] ?? en;
  return strings === byLanguage.es && usesVoseo(country) ? { ...strings, ...esVos } : strings;
}

// Autonyms, so each language is offered in its own words in the switcher.
const languageNames: Record<string, string> = {
  en: 'English',
  'pt-BR': 'Português (Brasil)',
  pt: 'Português',
  'pt-PT': 'Português (Portugal)',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  ja: '日本語',
  zh: '中文',
  ko: '한국어',
  ru: 'Русский',
  tr: 'Türkçe',
  sv: 'Svenska',
};

export function languageName(locale: string): string {
  return languageNames[locale] ?? languageNames[locale.split('-')[0]] ?? locale;
}
