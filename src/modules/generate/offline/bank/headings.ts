import type { SectionType } from '@/modules/document/section-registry';
import type { Bi } from '../types';

type Headings = { casual: readonly Bi[]; formal: Bi };

/** Section titles when the kind has no better one; `formal` is used for "more formal". */
export const sectionHeadings: Record<Exclude<SectionType, 'hero' | 'footer'>, Headings> = {
  features: {
    casual: [
      ['Why people choose {name}', 'Por que escolher {o} {name}'],
      ['What makes us different', 'O que nos torna diferentes'],
      ['The little things that matter', 'Os detalhes que fazem diferença'],
    ],
    formal: ['Our commitments', 'Nossos compromissos'],
  },
  about: {
    casual: [
      ['Our story', 'Nossa história'],
      ['Who we are', 'Quem somos'],
    ],
    formal: ['About us', 'Institucional'],
  },
  services: {
    casual: [
      ['What we offer', 'O que oferecemos'],
      ['Our services', 'Nossos serviços'],
    ],
    formal: ['Services', 'Serviços'],
  },
  menu: {
    casual: [
      ['Our menu', 'Nosso cardápio'],
      ['House favourites', 'Os favoritos da casa'],
    ],
    formal: ['Menu', 'Cardápio'],
  },
  pricing: {
    casual: [
      ['Plans and prices', 'Planos e preços'],
      ['Pick your plan', 'Escolha seu plano'],
    ],
    formal: ['Plans', 'Planos'],
  },
  testimonials: {
    casual: [
      ['What our customers say', 'O que dizem nossos clientes'],
      ['Kind words', 'Palavras de quem conhece'],
      ['Loved by our customers', 'Quem conhece, recomenda'],
    ],
    formal: ['Testimonials', 'Depoimentos'],
  },
  team: {
    casual: [
      ['Meet the team', 'Conheça a equipe'],
      ['The people behind it all', 'As pessoas por trás de tudo'],
    ],
    formal: ['Our team', 'Nossa equipe'],
  },
  stats: {
    casual: [
      ['In numbers', 'Em números'],
      ['{name} in numbers', '{name} em números'],
    ],
    formal: ['Key figures', 'Nossos números'],
  },
  faq: {
    casual: [
      ['Frequently asked questions', 'Perguntas frequentes'],
      ['Good to know', 'Bom saber'],
      ['Questions, answered', 'Dúvidas? A gente responde'],
    ],
    formal: ['Frequently asked questions', 'Perguntas frequentes'],
  },
  contact: {
    casual: [
      ['Get in touch', 'Fale com a gente'],
      ['Let’s talk', 'Vamos conversar'],
    ],
    formal: ['Contact', 'Contato'],
  },
  gallery: {
    casual: [
      ['A look inside', 'Um olhar por dentro'],
      ['Gallery', 'Galeria'],
    ],
    formal: ['Gallery', 'Galeria'],
  },
  cta: { casual: [['Let’s get started', 'Vamos começar?']], formal: ['Get in touch with us', 'Entre em contato'] },
  'blog-list': { casual: [['From the blog', 'Do blog']], formal: ['News and articles', 'Notícias e artigos'] },
  hours: { casual: [['Opening hours', 'Horário de funcionamento']], formal: ['Business hours', 'Horário de atendimento'] },
  newsletter: { casual: [['Stay in the loop', 'Fique por dentro']], formal: ['Newsletter', 'Newsletter'] },
  donate: { casual: [['Help us keep going', 'Ajude a gente a continuar']], formal: ['Support our work', 'Apoie nosso trabalho'] },
};

/** Short labels for the header navigation, by the section they point at. */
export const navLabels: Partial<Record<SectionType, Bi>> = {
  menu: ['Menu', 'Cardápio'],
  services: ['Services', 'Serviços'],
  pricing: ['Plans', 'Planos'],
  features: ['Why us', 'Diferenciais'],
  about: ['About', 'Sobre'],
  team: ['Team', 'Equipe'],
  testimonials: ['Reviews', 'Avaliações'],
  gallery: ['Gallery', 'Galeria'],
  faq: ['FAQ', 'Dúvidas'],
  hours: ['Hours', 'Horário'],
  donate: ['Donate', 'Doe'],
  contact: ['Contact', 'Contato'],
};

export const uiCopy = {
  home: ['Home', 'Início'] as Bi,
  blogIntro: ['News, tips and stories from {name}.', 'Novidades, dicas e histórias {do} {name}.'] as Bi,
  copyright: ['© {name}', '© {name}'] as Bi,
  tagline: ['{Label}{inPlace}.', '{Label}{inPlace}.'] as Bi,
  seoTitle: ['{name} — {Label}{inPlace}', '{name} — {Label}{inPlace}'] as Bi,
  seoTitleShort: ['{name} — {Label}', '{name} — {Label}'] as Bi,
  eyebrow: ['{Label}', '{Label}'] as Bi,
  priceOnRequest: ['On request', 'Sob consulta'] as Bi,
  call: ['Call us', 'Ligue para nós'] as Bi,
  planCta: ['Get started', 'Começar agora'] as Bi,
  teamRoles: [{ role: ['Director', 'Direção'] }, { role: ['Customer care', 'Atendimento'] }, { role: ['Operations', 'Operações'] }] as {
    role: Bi;
    gender?: 'f' | 'm';
  }[],
  // Placeholders, marked as samples (publishing is blocked until the owner gives the real hours):
  // no days either, since "Mon–Fri" would already be a claim.
  sampleHours: { days: ['Opening days', 'Dias de funcionamento'] as Bi, times: ['Add your hours', 'Informe seu horário'] as Bi },
  // A phone asked for without the number: what the contact details say until the person adds it.
  addPhone: ['Add your phone number', 'Informe seu telefone'] as Bi,
  newsletter: {
    intro: ['News, offers and dates from {name}, straight to your inbox.', 'Novidades e datas {do} {name}, direto no seu e-mail.'] as Bi,
    email: ['Your email', 'Seu e-mail'] as Bi,
    submit: ['Subscribe', 'Assinar'] as Bi,
    consent: [
      'We will send you an email to confirm. You can unsubscribe at any time.',
      'Vamos enviar um e-mail para você confirmar. Você pode sair da lista quando quiser.',
    ] as Bi,
  },
  donate: {
    text: [
      'Every contribution goes straight to our work. Thank you for standing with us.',
      'Cada contribuição vai direto para o nosso trabalho. Obrigado por estar com a gente.',
    ] as Bi,
    button: ['Donate now', 'Doe agora'] as Bi,
    // No donation link or PIX key in the prompt: the button opens the contact form, and says so.
    byMessage: [
      'Want to support our work? Write to us and we will reply with the ways to give.',
      'Quer apoiar o nosso trabalho? Escreva para a gente e respondemos com as formas de doar.',
    ] as Bi,
    byMessageButton: ['Write to us to donate', 'Escreva para doar'] as Bi,
  },
  whatsapp: ['Message us on WhatsApp', 'Fale pelo WhatsApp'] as Bi,
  openMap: ['Open in Google Maps', 'Abrir no Google Maps'] as Bi,
  form: {
    name: ['Your name', 'Seu nome'] as Bi,
    email: ['Email', 'E-mail'] as Bi,
    phone: ['Phone', 'Telefone / WhatsApp'] as Bi,
    date: ['Preferred date', 'Data desejada'] as Bi,
    time: ['Preferred time', 'Horário desejado'] as Bi,
    service: ['Service', 'Serviço'] as Bi,
    address: ['Address of the job', 'Endereço do serviço'] as Bi,
    message: {
      message: ['How can we help?', 'Como podemos ajudar?'] as Bi,
      booking: [
        'What would you like, and which days and times suit you?',
        'O que você procura e quais dias e horários são melhores?',
      ] as Bi,
      quote: ['Tell us about your project', 'Conte sobre o seu projeto'] as Bi,
    },
    submit: {
      message: ['Send message', 'Enviar mensagem'] as Bi,
      booking: ['Request a booking', 'Solicitar agendamento'] as Bi,
      quote: ['Request a quote', 'Pedir orçamento'] as Bi,
    },
  },
};

/**
 * Words around texts computed from the prompt's facts (prices, hours): see `derived-text.ts`.
 * The numbers in them are only used when the prompt gave them ("24h" → open around the clock).
 */
export const derivedCopy = {
  free: ['Free', 'Grátis'] as Bi,
  fromPrice: ['from {price}', 'a partir de {price}'] as Bi,
  askForDetails: ['Ask us for details and availability.', 'Peça detalhes e disponibilidade.'] as Bi,
  periods: {
    hour: ['per hour', 'por hora'] as Bi,
    day: ['per day', 'por dia'] as Bi,
    week: ['per week', 'por semana'] as Bi,
    month: ['per month', 'por mês'] as Bi,
    year: ['per year', 'por ano'] as Bi,
  },
  everyDay: ['Every day', 'Todos os dias'] as Bi,
  allDay: ['24 hours', '24 horas'] as Bi,
  openAllDay: ['Open 24 hours, every day', 'Aberto 24 horas, todos os dias'] as Bi,
  midnight: ['midnight', 'meia-noite'] as Bi,
  // Before a landmark the person named, in a language other than theirs: "Near metro de Arroios".
  landmark: {
    near: ['Near', 'Perto de'] as Bi,
    'next-to': ['Next to', 'Ao lado de'] as Bi,
    opposite: ['Opposite', 'Em frente a'] as Bi,
  },
};
