import { fold } from '../offline/text';
import type { BriefFeature, KindFamily } from './site-brief-schema';

/**
 * Features the prompt asks for, in pt, en and es (folded text: lowercase, no accents). A feature
 * is asked for when the prompt names it ("com mapa", "newsletter signup", "pedir cita") or gives
 * the fact it needs (a WhatsApp number, opening hours, a PIX key). Asking *not* to have something
 * ("nada de depoimentos inventados", "don't make up reviews") is not a request.
 */
const PATTERNS: Record<BriefFeature, RegExp> = {
  hours:
    /\b(horarios?|opening hours|hours|open (mon|tue|wed|thu|fri|sat|sun|every|daily|from|\d)|abert[oa]s? (de|das|todos|\d)|aberto 24|funcionamento|schedule|grade de horarios|cultos?|missas?|misas?|24 ?h\b|24 ?horas|24 hour|24\/7|around the clock)\b/,
  whatsapp: /\b(whats ?app|zap|wpp)\b/,
  phone: /\b(telefone|telemovel|phone|call us|call \d|ligue|llamanos|telefono|tel\.?)\b/,
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
    /\b(entregas?|entregamos|delivery|deliver\w*|envios?|enviamos|shipping|ships|frete|leva e traz|coleta e entrega|ifood|rappi|uber ?eats|same-day)\b/,
  social: /\b(redes sociais|redes sociales|social links|nosso instagram|our instagram|nuestro instagram|link (para|to) (o )?instagram)\b/,
  gallery: /\b(galerias?|gallery|galleries|fotos|photos|portfolio|portafolio|album)\b/,
  team: /\b(equipe|equipa|equipo|team|staff|our doctors|nossos medicos|professores|voluntarios?|volunteers?|agentes|corretores)\b/,
  faq: /\b(faq|perguntas frequentes|preguntas frecuentes|duvidas|questions|frequently asked)\b/,
  testimonials: /\b(depoimentos?|testimonials?|reviews?|avaliacoes|opinioes|opiniones|testimonios?|resenas)\b/,
};

// "nada de depoimentos", "sem avaliações", "don't make up reviews", "no testimonials", "sin opiniones".
const NEGATED =
  /\b(nada de|sem|nao (quero|queremos|invente|inventem|coloque|coloquem|precis\w+)|don'?t|do not|without|sin|never|nunca|no (fake|made-up|invented|quiero|queremos|necesito|inventes|pongas)|please no)\b[^.!?\n]{0,30}$/;

function isNegated(folded: string, index: number): boolean {
  return NEGATED.test(folded.slice(Math.max(0, index - 40), index));
}

export type FeatureFacts = {
  hasPhone: boolean;
  hasWhatsapp: boolean;
  hasEmail: boolean;
  hasHours: boolean;
  hasAddress: boolean;
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
  if (facts.hasAddress) asked.add('map');
  if (facts.hasPrices) asked.add('pricing');
  if (facts.hasInstagram) asked.add('social');
  if (facts.hasDonationUrl || (facts.hasPix && family === 'community')) asked.add('donation');
  // "WhatsApp" alone is the channel; a phone line is implied by it.
  if (asked.has('whatsapp') && !facts.hasPhone) asked.delete('phone');
  if (!facts.hasPhone && asked.has('phone') && !/\d{3}/.test(prompt)) asked.delete('phone');
  if (!facts.hasEmail) asked.delete('email');
  return [...asked];
}
