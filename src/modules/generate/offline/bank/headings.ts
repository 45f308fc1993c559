import type { SectionType } from '@/modules/document/section-registry';
import type { Bi } from '../types';

type Headings = { casual: readonly Bi[]; formal: Bi };

/** Section titles when the kind has no better one; `formal` is used for "more formal". */
export const sectionHeadings: Record<Exclude<SectionType, 'hero' | 'footer'>, Headings> = {
  features: {
    casual: [['Why people choose {name}', 'Por que escolher {o} {name}'], ['What makes us different', 'O que nos torna diferentes'], ['The little things that matter', 'Os detalhes que fazem diferença']],
    formal: ['Our commitments', 'Nossos compromissos'],
  },
  about: { casual: [['Our story', 'Nossa história'], ['Who we are', 'Quem somos']], formal: ['About us', 'Institucional'] },
  services: { casual: [['What we offer', 'O que oferecemos'], ['Our services', 'Nossos serviços']], formal: ['Services', 'Serviços'] },
  menu: { casual: [['Our menu', 'Nosso cardápio'], ['House favourites', 'Os favoritos da casa']], formal: ['Menu', 'Cardápio'] },
  pricing: { casual: [['Plans and prices', 'Planos e preços'], ['Pick your plan', 'Escolha seu plano']], formal: ['Plans', 'Planos'] },
  testimonials: {
    casual: [['What our customers say', 'O que dizem nossos clientes'], ['Kind words', 'Palavras de quem conhece'], ['Loved by our customers', 'Quem conhece, recomenda']],
    formal: ['Testimonials', 'Depoimentos'],
  },
  team: { casual: [['Meet the team', 'Conheça a equipe'], ['The people behind it all', 'As pessoas por trás de tudo']], formal: ['Our team', 'Nossa equipe'] },
  stats: { casual: [['In numbers', 'Em números'], ['{name} in numbers', '{name} em números']], formal: ['Key figures', 'Nossos números'] },
  faq: {
    casual: [['Frequently asked questions', 'Perguntas frequentes'], ['Good to know', 'Bom saber'], ['Questions, answered', 'Dúvidas? A gente responde']],
    formal: ['Frequently asked questions', 'Perguntas frequentes'],
  },
  contact: { casual: [['Get in touch', 'Fale com a gente'], ['Let’s talk', 'Vamos conversar']], formal: ['Contact', 'Contato'] },
  gallery: { casual: [['A look inside', 'Um olhar por dentro'], ['Gallery', 'Galeria']], formal: ['Gallery', 'Galeria'] },
  cta: { casual: [['Let’s get started', 'Vamos começar?']], formal: ['Get in touch with us', 'Entre em contato'] },
  'blog-list': { casual: [['From the blog', 'Do blog']], formal: ['News and articles', 'Notícias e artigos'] },
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
  contact: ['Contact', 'Contato'],
};

export const uiCopy = {
  home: ['Home', 'Início'] as Bi,
  blogIntro: ['News, tips and stories from {name}.', 'Novidades, dicas e histórias {do} {name}.'] as Bi,
  copyright: ['© {name}', '© {name}'] as Bi,
  tagline: ['{Label}{inPlace}.', '{Label}{inPlace}.'] as Bi,
  seoTitle: ['{name} — {Label}{inPlace}', '{name} — {Label}{inPlace}'] as Bi,
  seoTitleShort: ['{name} — {Label}', '{name} — {Label}'] as Bi,
  eyebrowWithPlace: ['{Label} · {place}', '{Label} · {place}'] as Bi,
  eyebrow: ['{Label}', '{Label}'] as Bi,
  priceOnRequest: ['On request', 'Sob consulta'] as Bi,
  call: ['Call us', 'Ligue para nós'] as Bi,
  planCta: ['Get started', 'Começar agora'] as Bi,
  teamRoles: [{ role: ['Director', 'Direção'] }, { role: ['Customer care', 'Atendimento'] }, { role: ['Operations', 'Operações'] }] as { role: Bi; gender?: 'f' | 'm' }[],
  form: {
    name: ['Your name', 'Seu nome'] as Bi,
    email: ['Email', 'E-mail'] as Bi,
    phone: ['Phone', 'Telefone / WhatsApp'] as Bi,
    message: {
      message: ['How can we help?', 'Como podemos ajudar?'] as Bi,
      booking: ['What would you like, and which days and times suit you?', 'O que você procura e quais dias e horários são melhores?'] as Bi,
      quote: ['Tell us about your project', 'Conte sobre o seu projeto'] as Bi,
    },
    submit: {
      message: ['Send message', 'Enviar mensagem'] as Bi,
      booking: ['Request a booking', 'Solicitar agendamento'] as Bi,
      quote: ['Request a quote', 'Pedir orçamento'] as Bi,
    },
  },
};
