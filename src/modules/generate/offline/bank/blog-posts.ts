import type { Bi } from '../types';

export type PostCopy = { slug: string; title: Bi; excerpt: Bi; body: Bi };

/**
 * Starter posts every kind can publish as written: about the business's own words ({label},
 * {name}, {inPlace}), with no claims the prompt did not make. The owner edits or replaces them.
 */
export const starterPosts: readonly PostCopy[] = [
  {
    slug: 'welcome',
    title: ['Welcome to the new {name} website', 'Bem-vindo ao novo site {do} {name}'],
    excerpt: [
      'Why we built this site, what you will find here and the quickest ways to reach us.',
      'Por que fizemos este site, o que você vai encontrar aqui e os jeitos mais rápidos de falar com a gente.',
    ],
    body: [
      'We built this site so you can find everything about {name} in one place: what we do, how we work and how to reach us.\n\nHere you will find our services, the answers to the questions we hear most often and a form that lands straight in our inbox. We will also use this blog to share news and practical tips.\n\nIf something is missing, tell us: this site is for you.',
      'Fizemos este site para você encontrar tudo sobre {o} {name} em um só lugar: o que fazemos, como trabalhamos e como falar com a gente.\n\nAqui estão nossos serviços, as respostas para as dúvidas mais comuns e um formulário que chega direto para nós. Também vamos usar este blog para contar novidades e dar dicas práticas.\n\nSe sentir falta de alguma coisa, conte para a gente: este site é para você.',
    ],
  },
  {
    slug: 'how-to-choose',
    title: ['How to choose a {label}{inPlace}', 'Como escolher {um} {label}{inPlace}'],
    excerpt: [
      'Three questions worth asking before you decide, whoever you choose.',
      'Três perguntas que valem a pena antes de decidir, seja quem for a sua escolha.',
    ],
    body: [
      'Choosing a {label} is easier with the right questions. Here are three we would ask ourselves.\n\nFirst: do they explain clearly what is included and what is not? Good service starts with clear expectations.\n\nSecond: how easy is it to reach them, before and after? A quick answer says a lot.\n\nThird: do they listen to what you need, or offer the same thing to everyone? The best choice is the one that fits you.',
      'Escolher {um} {label} fica mais fácil com as perguntas certas. Aqui vão três que nós mesmos faríamos.\n\nPrimeiro: explicam com clareza o que está incluído e o que não está? Um bom atendimento começa com expectativas claras.\n\nSegundo: é fácil falar com eles, antes e depois? Uma resposta rápida diz muito.\n\nTerceiro: escutam o que você precisa ou oferecem a mesma coisa para todo mundo? A melhor escolha é a que combina com você.',
    ],
  },
  {
    slug: 'first-visit',
    title: ['Your first time with {name}: what to expect', 'Sua primeira vez {no} {name}: o que esperar'],
    excerpt: [
      'From the first message to the end: how it works, step by step.',
      'Da primeira mensagem até o fim: como funciona, passo a passo.',
    ],
    body: [
      'It all starts with a message: use the form on this site and tell us what you need.\n\nWe reply with the next steps and answer any questions, with no commitment.\n\nThen we agree on the details together, so there are no surprises. If anything is unclear along the way, just ask.',
      'Tudo começa com uma mensagem: use o formulário deste site e conte o que você precisa.\n\nRespondemos com os próximos passos e tiramos suas dúvidas, sem compromisso.\n\nDepois combinamos os detalhes juntos, para não haver surpresas. Se algo não ficar claro no caminho, é só perguntar.',
    ],
  },
];
