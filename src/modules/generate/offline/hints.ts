import { fold } from './text';
import type { Bi, FaqCopy, FeatureCopy } from './types';

export type HintDef = {
  id: string;
  /** Folded keyword alternation, matched on word boundaries. */
  keywords: string;
  feature: FeatureCopy;
  faq?: FaqCopy;
  /** Kinds where the hint is what the business is anyway ("online" for an online shop). */
  ignoreFor?: readonly string[];
  /** Hints this one makes redundant. */
  replaces?: readonly string[];
};

const f = (icon: FeatureCopy['icon'], title: Bi, text: Bi): FeatureCopy => ({ icon, title, text });

export const hintDefs: readonly HintDef[] = [
  {
    id: 'vegan',
    keywords: 'vegan[oa]?s?|plant[- ]based|a base de plantas|100% vegetal',
    replaces: ['vegetarian'],
    feature: f(
      'leaf',
      ['Entirely plant-based', 'Totalmente vegetal'],
      [
        'Nothing of animal origin: no eggs, dairy or honey. Just good ingredients and a lot of care.',
        'Nada de origem animal: sem ovos, leite ou mel. Só ingredientes bons e muito capricho.',
      ],
    ),
    faq: {
      q: ['Is everything really vegan?', 'É tudo vegano mesmo?'],
      a: [
        'Yes. Nothing we make contains animal products, and we check every supplier.',
        'Sim. Nada do que fazemos leva ingrediente de origem animal, e conferimos cada fornecedor.',
      ],
    },
  },
  {
    id: 'vegetarian',
    keywords: 'vegetarian[oa]?s?',
    feature: f(
      'leaf',
      ['Vegetarian at heart', 'Vegetariano de coração'],
      [
        'Fresh vegetables take centre stage, with plenty of vegan choices too.',
        'Os vegetais frescos são as estrelas, com muitas opções veganas também.',
      ],
    ),
  },
  {
    id: 'organic',
    keywords: 'organic\\w*|ecologic[oa]s?|agroecologic[oa]s?',
    feature: f(
      'leaf',
      ['Organic ingredients', 'Ingredientes orgânicos'],
      [
        'We work with certified organic producers and small local farms whenever we can.',
        'Trabalhamos com produtores orgânicos certificados e pequenos sítios da região sempre que possível.',
      ],
    ),
  },
  {
    id: 'glutenFree',
    keywords: 'gluten[- ]free|sem gluten|sin gluten|celiac\\w*',
    feature: f(
      'check',
      ['Gluten-free options', 'Opções sem glúten'],
      [
        'Ask for our gluten-free choices, prepared with care to avoid cross-contamination.',
        'Peça nossas opções sem glúten, preparadas com cuidado para evitar contaminação cruzada.',
      ],
    ),
  },
  {
    id: 'freeDelivery',
    keywords: 'free delivery|free shipping|entrega gratis|entrega gratuita|entregas gratis|frete gratis|envio gratis|delivery gratis',
    replaces: ['delivery'],
    feature: f(
      'truck',
      ['Free delivery', 'Entrega grátis'],
      [
        'Delivery is on us: order online or by phone and we bring it to your door.',
        'A entrega é por nossa conta: peça pelo site ou pelo WhatsApp e levamos até você.',
      ],
    ),
    faq: {
      q: ['Is delivery really free?', 'A entrega é grátis mesmo?'],
      a: [
        'Yes, within our delivery area. Send us your address and we will confirm.',
        'Sim, dentro da nossa área de entrega. Mande seu endereço que a gente confirma.',
      ],
    },
  },
  {
    id: 'delivery',
    keywords: 'deliver\\w*|delivery|entregas?|entregamos|domicilio|tele-?entrega|ifood|shipping|ships|envios?',
    feature: f(
      'truck',
      ['We deliver', 'Entregamos para você'],
      [
        'Order online or by phone and get it at your door, quickly and carefully packed.',
        'Peça pelo site ou pelo WhatsApp e receba em casa, rapidinho e bem embalado.',
      ],
    ),
    faq: {
      q: ['Do you deliver?', 'Vocês fazem entregas?'],
      a: [
        'Yes. Tell us your address when you order and we will confirm the delivery time and fee.',
        'Sim. Informe seu endereço no pedido e confirmamos o prazo e a taxa de entrega.',
      ],
    },
  },
  {
    id: 'family',
    keywords: 'family|families|family-run|family-owned|familia|familias|familiar|familiares',
    feature: f(
      'heart',
      ['Family-run', 'Negócio de família'],
      [
        'Run by the same family since day one: here you are greeted by name.',
        'Tocado pela mesma família desde o primeiro dia: aqui você é recebido pelo nome.',
      ],
    ),
  },
  {
    id: 'open24h',
    keywords:
      '(?<!(?:(?<![a-z])(?:as|a|to|ate|until|till)|[-–])\\s?)24[ -]?(?:h|hs|hrs?|horas|hours?)|24/7|around the clock|dia e noite|day and night',
    feature: f(
      'clock',
      ['Open around the clock', 'Aberto dia e noite'],
      [
        'Day or night, weekday or holiday: we are here when you need us.',
        'De dia ou de noite, em dia útil ou feriado: estamos aqui quando você precisar.',
      ],
    ),
    faq: {
      q: ['Are you really open around the clock?', 'Vocês atendem a qualquer hora mesmo?'],
      a: [
        'Yes, every day of the year, including weekends and holidays.',
        'Sim, todos os dias do ano, inclusive fins de semana e feriados.',
      ],
    },
  },
  {
    id: 'artisan',
    keywords: 'artisan\\w*|artesana\\w*|handmade|hand-made|feitos? a mao|hechos? a mano|craft|caseir[oa]s?',
    feature: f(
      'spark',
      ['Handmade', 'Feito à mão'],
      ['Small batches, made by hand with time and attention.', 'Pequenos lotes, feitos à mão com tempo e atenção.'],
    ),
  },
  {
    id: 'kids',
    keywords: 'kids|children|child|criancas?|infantil|infantis|ninos|ninas|kid-friendly',
    feature: f(
      'heart',
      ['Kid-friendly', 'Criançada bem-vinda'],
      [
        'Little ones are welcome: we have space and options just for them.',
        'Os pequenos são bem-vindos: temos espaço e opções pensadas para eles.',
      ],
    ),
  },
  {
    id: 'petFriendly',
    keywords: 'pet[- ]friendly|dog[- ]friendly|aceita\\w* pets|aceita\\w* animais|aceptamos mascotas',
    feature: f(
      'heart',
      ['Pet-friendly', 'Pet friendly'],
      [
        'Bring your four-legged friend along: the water bowl is on the house.',
        'Traga seu amigo de quatro patas: a água dele é por nossa conta.',
      ],
    ),
  },
  {
    id: 'eco',
    keywords: 'sustainab\\w*|sustentave\\w*|sostenible\\w*|eco[- ]friendly|zero waste|lixo zero|residuo cero',
    feature: f(
      'leaf',
      ['Sustainable by design', 'Sustentável de verdade'],
      [
        'Less waste, recyclable packaging and local suppliers wherever possible.',
        'Menos desperdício, embalagens recicláveis e fornecedores locais sempre que possível.',
      ],
    ),
  },
  {
    id: 'premium',
    keywords: 'luxury|luxurious|premium|upscale|high[- ]end|luxo|luxuos[oa]s?|sofisticad[oa]s?|de lujo|lujos[oa]s?',
    feature: f(
      'star',
      ['A premium experience', 'Experiência premium'],
      ['Every detail is considered, from the first hello to the goodbye.', 'Cada detalhe é pensado, do primeiro olá até a despedida.'],
    ),
  },
  {
    id: 'affordable',
    keywords: 'affordable|budget|cheap|low[- ]cost|barat[oa]s?|precos? justos?|preco bom|bom preco|acessive(l|is)|economic[oa]s?',
    feature: f(
      'check',
      ['Fair prices', 'Preço justo'],
      [
        'Quality that fits your budget, with clear prices and no surprises.',
        'Qualidade que cabe no bolso, com preços claros e sem surpresas.',
      ],
    ),
  },
  {
    id: 'online',
    keywords: 'online|remote|remot[oa]s?|a distancia|virtual|virtuais|videochamadas?|video calls?',
    ignoreFor: ['shop', 'startup', 'agency', 'portfolio'],
    feature: f(
      'globe',
      ['Online too', 'Também online'],
      [
        'Prefer to stay home? We also serve you online, wherever you are.',
        'Prefere ficar em casa? Também atendemos online, de onde você estiver.',
      ],
    ),
  },
  {
    id: 'morning',
    keywords: 'mornings?|early|manhas?|cedo|cedinho|madrugada|mananas?',
    feature: f(
      'clock',
      ['Early hours', 'Desde cedinho'],
      [
        'We start early, so you can fit us in before the day gets busy.',
        'Começamos cedo, para você encaixar a gente antes da correria do dia.',
      ],
    ),
  },
  {
    id: 'booking',
    keywords:
      'book online|online booking|agendamento\\w*( online)?|agend\\w+ online|reservas? online|online reservations?|appointments? online',
    feature: f(
      'chat',
      ['Easy online booking', 'Agendamento fácil'],
      [
        'Pick a time online in under a minute, no phone call needed.',
        'Escolha seu horário online em menos de um minuto, sem precisar ligar.',
      ],
    ),
  },
  {
    id: 'emergency',
    keywords: 'emergenc\\w*|urgenc\\w*|urgent\\w*|plantao|plantoes',
    feature: f(
      'shield',
      ['Urgent cases first', 'Urgência em primeiro lugar'],
      ['Something urgent? Call us and we will put your case first.', 'Algo urgente? Ligue para a gente e priorizamos o seu caso.'],
    ),
  },
];

const hintPatterns = hintDefs.map((hint) => ({ hint, pattern: new RegExp(`(?<![a-z0-9])(?:${hint.keywords})(?![a-z0-9])`) }));

/** Hint ids found in a text, in `hintDefs` order, minus the ones a stronger hint replaces. */
export function detectHints(text: string, kindId: string): string[] {
  const folded = fold(text);
  const found = hintPatterns
    .filter(({ hint, pattern }) => !hint.ignoreFor?.includes(kindId) && pattern.test(folded))
    .map(({ hint }) => hint);
  const replaced = new Set(found.flatMap((hint) => hint.replaces ?? []));
  return found.filter((hint) => !replaced.has(hint.id)).map((hint) => hint.id);
}

export function hintById(id: string): HintDef | undefined {
  return hintDefs.find((hint) => hint.id === id);
}

/** Hints that describe the business with an adjective ("vegan bakery"), strongest first. */
export const ADJECTIVE_HINTS = ['vegan', 'vegetarian', 'organic', 'artisan', 'family', 'open24h'] as const;

/**
 * The strongest hint present that reads as an adjective in labels like "vegan bakery"; each
 * language pack holds its words (`adjectives`).
 */
export function labelAdjective(hints: readonly string[]): string | undefined {
  return ADJECTIVE_HINTS.find((id) => hints.includes(id));
}
