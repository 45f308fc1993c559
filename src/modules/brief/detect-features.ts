import { fold } from './text';
import type { BriefFeature, KindFamily } from './site-brief-schema';
import { isDurationAt } from './is-duration';

/**
 * Features the prompt asks for, in pt, en and es (folded text: lowercase, no accents). A feature
 * is asked for when the prompt names it ("com mapa", "newsletter signup", "pedir cita") or gives
 * the fact it needs (a WhatsApp number, opening hours, a PIX key). Asking *not* to have something
 * ("nada de depoimentos inventados", "don't make up reviews") is not a request.
 */
/** WhatsApp as people write it ("chama no whats", "manda um zap"), folded. */
export const WHATSAPP_WORD = /\b(whats ?app|whats|zap|zapzap|wpp)\b/;
/** Words that say a number is for calls ("telefone fixo", "call", "ligue"), folded. */
export const PHONE_WORD = /\b(telefone|telemovel|telefono|phone|tel|fixo|landline|ligue|call)\b/;

const PATTERNS: Record<BriefFeature, RegExp> = {
  hours:
    /\b(horarios?|opening hours|hours|open (mon|tue|wed|thu|fri|sat|sun|every|daily|from|\d)|abert[oa]s? (de|das|todos|\d)|aberto 24|funcionamento|schedule|grade de horarios|cultos?|missas?|misas?|24 ?h\b|24 ?horas|24 hour|24\/7|around the clock)\b/,
  whatsapp: WHATSAPP_WORD,
  phone: /\b(telefone|telemovel|phone|call us|give us a call|call \d|ligue|llamanos|telefono|tel\.?)\b/,
  email: /\b(e-?mail|correo)\b/,
  map: /\b(mapa|maps?|como chegar|how to (find|get)|directions|como llegar|localizacao|ubicacion|where we (park|are)|where to find)\b/,
  booking:
    /\b(agend\w*|marcac\w*|marcar|reserv\w*|book(ing|ings)?|book an? \w+|appointments?|citas?|turnos?|pedir cita|pre-?order|aula experimental|inscric\w*|inscripcion\w*|enrol\w*)\b/,
  menu: /\b(cardapio|menu|menus|ementa|carta( de \w+)?|sabores|dishes|pratos)\b/,
  pricing:
    /\b(precos?|prices?|pricing|planos?|plans?|pacotes?|packages?|paquetes?|tabela( de precos)?|mensalidades?|tarifas?|membership\w*|valores|price list|fee|fees|tarifa|precios|planes|membresias?|cuotas?)\b/,
  quote: /\b(orcamentos?|quotes?|estimates?|presupuestos?|cotizac\w*|cotiza\w*)\b/,
  newsletter: /\b(newsletter|boletim|boletin( de noticias)?|mailing list|subscribe|novidades por e-?mail|lista de (e-?mails|correo))\b/,
  blog: /\b(blog|artigos|articles|articulos|blog posts?|episodes as blog posts)\b/,
  donation: /\b(doac\w*|doe|doar|donate|donations?|donativos?|donaci\w*|donar|dizimos?|contribuic\w*|apoi(e|ar) a causa)\b/,
  delivery:
    /\b((?:busco|buscamos|pego|pegamos|recolho|recolhemos|recojo|recogemos) (?:e|y) (?:entrego|entregamos|devolvo|devolvemos)|pick ?up and (?:drop ?off|deliver\w*|return)|entregas?|entrego|entregamos|delivery|deliver\w*|envios?|enviamos|shipping|ships|frete|leva e traz|coleta e entrega|ifood|rappi|uber ?eats|same-day)\b/,
  social: /\b(redes sociais|redes sociales|social links|nosso instagram|our instagram|nuestro instagram|link (para|to) (o )?instagram)\b/,
  gallery: /\b(galerias?|gallery|galleries|fotos|photos|portfolio|portafolio|album)\b/,
  team: /\b(equipe|equipa|equipo|team|staff|our doctors|nossos medicos|professores|voluntarios?|volunteers?|agentes|corretores)\b/,
  faq: /\b(faq|perguntas frequentes|preguntas frecuentes|duvidas|questions|frequently asked)\b/,
  testimonials: /\b(depoimentos?|testimonials?|reviews?|avaliacoes|opinioes|opiniones|testimonios?|resenas)\b/,
};

// "nada de depoimentos", "sem avaliações", "don't make up reviews", "no testimonials", "sin opiniones".
const NEGATED =
  /\b(nada de|sem|nao (quero|queremos|invente|inventem|coloque|coloquem|precis\w+)|don'?t|do not|without|sin|never|nunca|no (fake|made-up|invented|quiero|queremos|necesito|inventes|pongas)|please no)\b[^.!?\n]{0,30}$/;

// "Sem compromisso", "sin compromiso", "no obligation": an offer's terms, not a refusal of what follows.
const NO_OBLIGATION = /\b(sem compromisso|sin compromiso|no obligation|without obligation)\b/g;

function isNegated(folded: string, index: number): boolean {
  return NEGATED.test(folded.slice(Math.max(0, index - 40), index).replace(NO_OBLIGATION, (idiom) => ' '.repeat(idiom.length)));
}

// The phone as a way to reach the business: "por telefone", "pelo telefone", "número de
// telefone", "ligue", "by phone", "over the phone", "phone number", "call us", "por teléfono",
// "llámanos", "contacto telefónico", or listed with other contacts ("telefone e e-mail").
const PHONE_REQUEST =
  /\b((por|pelo|via|ao) (telefone|telemovel|telefono)|(numero|contato|contacto|linha) (de |para )?(telefone|telemovel|telefono)|(telefone|telemovel|telefono) (de |para )?(contato|contacto)|contato telefonico|contacto telefonico|atendimento telefonico|atencion telefonica|ligue|ligar para|llamanos|llamar al|(by|over the|via) (tele)?phone|(tele)?phone (number|line|and (e-?mail|whatsapp|address))|(e-?mail|address|whatsapp),? (and )?(tele)?phone|call us|give us a call|(telefone|telemovel|telefono|phone|tel) ?:|(telefone|telemovel|telefono)(,| e | y )(e-?mail|correo|whatsapp|endereco|morada|direccion|mapa)|(e-?mail|correo|whatsapp|endereco|morada|direccion)(,| e | y )(telefone|telemovel|telefono))(?![a-z])/;

function hasPhoneRequest(folded: string): boolean {
  for (const match of folded.matchAll(new RegExp(PHONE_REQUEST.source, 'g'))) if (!isNegated(folded, match.index)) return true;
  return false;
}

export type FeatureFacts = {
  hasPhone: boolean;
  hasWhatsapp: boolean;
  hasEmail: boolean;
  hasHours: boolean;
  hasAddress: boolean;
  /** A landmark or area the business is by ("perto do metro de Arroios"): where a map link leads. */
  hasLandmark: boolean;
  hasPrices: boolean;
  hasPix: boolean;
  hasDonationUrl: boolean;
  hasInstagram: boolean;
};

/** Requested features, in `briefFeatures` order. */
export function detectFeatures(prompt: string, facts: FeatureFacts, family: KindFamily): BriefFeature[] {
  const folded = fold(prompt);
  const asked = new Set<BriefFeature>();
  for (const [feature, pattern] of Object.entries(PATTERNS) as Array<[BriefFeature, RegExp]>) {
    const global = new RegExp(pattern.source, 'g');
    for (const match of folded.matchAll(global)) {
      // "entrega em até 24h" is how fast, not when the business is open.
      const amount = feature === 'hours' ? /\d+\s?$/.exec(folded.slice(0, match.index)) : null;
      if (feature === 'hours' && (/^\d/.test(match[0]) || amount) && isDurationAt(folded, match.index - (amount?.[0].length ?? 0)))
        continue;
      if (!isNegated(folded, match.index)) {
        asked.add(feature);
        break;
      }
    }
  }
  // Facts need somewhere to live: a number to call, hours to show, a key to donate to.
  if (facts.hasPhone) asked.add('phone');
  if (facts.hasWhatsapp) asked.add('whatsapp');
  if (facts.hasEmail) asked.add('email');
  if (facts.hasHours) asked.add('hours');
  if (facts.hasAddress || facts.hasLandmark) asked.add('map');
  if (facts.hasPrices) asked.add('pricing');
  if (facts.hasInstagram) asked.add('social');
  if (facts.hasDonationUrl || (facts.hasPix && family === 'community')) asked.add('donation');
  // "WhatsApp" alone is the channel; a phone line is implied by it.
  if (asked.has('whatsapp') && !facts.hasPhone) asked.delete('phone');
  // A phone asked for without the number ("encomendas por telefone") stays asked for: the site
  // gets a marked "add your phone number" that blocks publishing until the person gives it,
  // rather than the request vanishing (and never a number we made up). Without a number only a
  // way of reaching the business counts: a "phone consultation" or "phone repair" is an offering.
  // Digits we could not read as a number are still a number given: kept, and asked for again.
  if (asked.has('phone') && !facts.hasPhone && !hasPhoneRequest(folded) && !/\d{3}/.test(prompt)) asked.delete('phone');
  if (!facts.hasEmail) asked.delete('email');
  return [...asked];
}

/**
 * Where the folded text names a feature (not negated): the words a person used to ask for part
 * of the site ("galeria de fotos", "botão de WhatsApp"), so the reader can tell them from what
 * they said about the business.
 */
export function featureSpans(folded: string): Array<{ feature: BriefFeature; start: number; end: number }> {
  const spans: Array<{ feature: BriefFeature; start: number; end: number }> = [];
  for (const [feature, pattern] of Object.entries(PATTERNS) as Array<[BriefFeature, RegExp]>) {
    for (const match of folded.matchAll(new RegExp(pattern.source, 'g'))) {
      if (!isNegated(folded, match.index)) spans.push({ feature, start: match.index, end: match.index + match[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
