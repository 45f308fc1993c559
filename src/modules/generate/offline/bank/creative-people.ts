import type { KindCopy } from '../types';

export const musicianCopy: KindCopy = {
  names: [
    ['The Midnight Echoes', 'Banda Eco da Noite'],
    ['Blue Avenue', 'Avenida Azul'],
  ],
  heroes: [
    {
      title: ['Music that moves the room', 'Música que faz a pista ferver'],
      subtitle: [
        '{name} plays weddings, parties and events with energy, style and a set list for every crowd.',
        '{name} toca em casamentos, festas e eventos com energia, estilo e repertório para todo público.',
      ],
    },
    {
      title: ['Live music for your event{inPlace}', 'Música ao vivo para o seu evento{inPlace}'],
      subtitle: [
        'From the ceremony to the last song, we set the mood you imagined.',
        'Da cerimônia à última música, a gente cria o clima que você imaginou.',
      ],
    },
  ],
  action: ['See shows', 'Ver formatos'],
  features: [
    {
      icon: 'spark',
      title: ['A set list for everyone', 'Repertório para todos'],
      text: ['Classics, current hits and your special requests.', 'Clássicos, sucessos do momento e os seus pedidos especiais.'],
    },
    {
      icon: 'star',
      title: ['Professional sound', 'Som profissional'],
      text: [
        'Our own sound and lighting, set up and tested before you arrive.',
        'Som e iluminação próprios, montados e testados antes de você chegar.',
      ],
    },
    {
      icon: 'heart',
      title: ['Made for your day', 'Feito para o seu dia'],
      text: [
        'We plan the set list with you, including that special song.',
        'Montamos o repertório com você, incluindo aquela música especial.',
      ],
    },
  ],
  offersTitle: ['Show formats', 'Formatos de show'],
  offersIntro: ['Pick the line-up that fits your event.', 'Escolha a formação que combina com o seu evento.'],
  offers: [
    {
      title: ['Acoustic duo', 'Duo acústico'],
      text: [
        'Voice and guitar for ceremonies, dinners and intimate moments.',
        'Voz e violão para cerimônias, jantares e momentos intimistas.',
      ],
    },
    {
      title: ['Full band', 'Banda completa'],
      text: ['Voice, guitar, bass, keys and drums for a packed dance floor.', 'Voz, guitarra, baixo, teclado e bateria para pista cheia.'],
    },
    {
      title: ['Ceremony music', 'Música para cerimônia'],
      text: ['Entrances, vows and the exit, with the songs you choose.', 'Entrada, votos e saída, com as músicas que vocês escolherem.'],
      match: /casament|wedding|cerimonia|ceremony/,
    },
    {
      title: ['Corporate events', 'Eventos corporativos'],
      text: ['Background music or a full show for your company’s event.', 'Música ambiente ou show completo para o evento da sua empresa.'],
      match: /corporat|empresa/,
    },
  ],
  about: [
    '{name} started with friends playing together for fun, and grew into a band for weddings, parties and celebrations.\n\nWe love seeing a dance floor fill up, and we prepare every show as if it were our first.',
    '{name} começou com amigos tocando por diversão e virou uma banda para casamentos, festas e celebrações.\n\nAmamos ver a pista encher, e preparamos cada show como se fosse o primeiro.',
  ],
  quotes: [
    {
      quote: [
        'The dance floor was full all night. Our guests still talk about it.',
        'A pista ficou cheia a noite inteira. Os convidados ainda comentam.',
      ],
      role: ['Wedding in 2024', 'Casamento em 2024'],
    },
    {
      quote: ['Professional from the first message to the last song.', 'Profissionais da primeira mensagem à última música.'],
      role: ['Event organiser', 'Organizadora de eventos'],
      gender: 'f',
    },
    {
      quote: ['They played our song at the perfect moment. Pure emotion.', 'Tocaram a nossa música no momento perfeito. Pura emoção.'],
      role: ['Anniversary party', 'Bodas de prata'],
    },
  ],
  faq: [
    {
      q: ['Do you bring your own sound system?', 'Vocês levam o equipamento de som?'],
      a: ['Yes, sound and lighting sized for your venue.', 'Sim, som e iluminação dimensionados para o seu espaço.'],
    },
    {
      q: ['Can we request songs?', 'Podemos pedir músicas?'],
      a: ['Of course. Send us your list and we will prepare them.', 'Claro. Mande a sua lista que a gente prepara.'],
    },
  ],
  headings: { about: ['About the band', 'Sobre a banda'], services: ['Show formats', 'Formatos de show'] },
};

export const portfolioCopy: KindCopy = {
  names: [
    ['Studio North', 'Estúdio Norte'],
    ['Made by Hand Studio', 'Feito à Mão Estúdio'],
  ],
  heroes: [
    {
      title: ['Hi, I’m {name}', 'Olá, eu sou {name}'],
      needsStatedName: true,
      subtitle: [
        'I help people and brands turn ideas into clear, thoughtful work. Here is a bit of what I do.',
        'Ajudo pessoas e marcas a transformar ideias em trabalhos claros e bem pensados. Aqui tem um pouco do que eu faço.',
      ],
    },
    {
      title: ['Ideas, made real', 'Ideias que viram realidade'],
      subtitle: [
        '{name} works independently{inPlace} and takes on projects from anywhere.',
        '{name} trabalha de forma independente{inPlace} e atende projetos de qualquer lugar.',
      ],
    },
  ],
  action: ['See what I do', 'Veja o que eu faço'],
  features: [
    {
      icon: 'chat',
      title: ['Clear communication', 'Comunicação clara'],
      text: ['You always know where the project stands.', 'Você sempre sabe em que pé está o projeto.'],
    },
    {
      icon: 'clock',
      title: ['Reliable deadlines', 'Prazos cumpridos'],
      text: ['I plan carefully and deliver when I say I will.', 'Planejo com cuidado e entrego quando combinei.'],
    },
    {
      icon: 'star',
      title: ['Attention to detail', 'Atenção aos detalhes'],
      text: [
        'Small things make the difference, so I care about all of them.',
        'Os pequenos detalhes fazem a diferença, então cuido de todos.',
      ],
    },
  ],
  offersTitle: ['What I do', 'O que eu faço'],
  offersIntro: ['A few ways we can work together.', 'Algumas formas de trabalharmos juntos.'],
  offers: [
    {
      title: ['Design', 'Design'],
      text: [
        'Visual identities, layouts and interfaces that are simple and memorable.',
        'Identidades visuais, layouts e interfaces simples e marcantes.',
      ],
      match: /design/,
    },
    {
      title: ['Websites', 'Sites'],
      text: ['Fast, accessible websites that are easy to update.', 'Sites rápidos, acessíveis e fáceis de atualizar.'],
      match: /web|site|desenvolv|develop/,
    },
    {
      title: ['Consulting', 'Consultoria'],
      text: [
        'A fresh look at your project and a clear plan to move it forward.',
        'Um olhar de fora sobre o seu projeto e um plano claro para avançar.',
      ],
    },
    {
      title: ['Workshops', 'Workshops'],
      text: ['Hands-on sessions for teams that want to learn by doing.', 'Encontros práticos para equipes que querem aprender fazendo.'],
    },
  ],
  about: [
    'I have spent years working with people and companies of every size.\n\nI like projects with purpose, honest conversations and work that solves real problems. When I am not working, I am probably reading, walking or drawing.',
    'Há anos trabalho com pessoas e empresas de todos os tamanhos.\n\nGosto de projetos com propósito, conversas sinceras e trabalhos que resolvem problemas de verdade. Quando não estou trabalhando, provavelmente estou lendo, caminhando ou desenhando.',
  ],
  quotes: [
    {
      quote: [
        'Brilliant to work with: clear, fast and full of good ideas.',
        'Uma parceria incrível: clareza, agilidade e muitas ideias boas.',
      ],
      role: ['Marketing director', 'Diretora de marketing'],
      gender: 'f',
    },
    {
      quote: ['Understood our brief right away and delivered beyond it.', 'Entendeu nosso briefing de cara e entregou além do esperado.'],
      role: ['Start-up founder', 'Fundador de startup'],
      gender: 'm',
    },
    {
      quote: ['I would hire again without a second thought.', 'Contrataria de novo sem pensar duas vezes.'],
      role: ['Agency partner', 'Sócia de agência'],
      gender: 'f',
    },
  ],
  faq: [
    {
      q: ['Are you available for new projects?', 'Você está disponível para novos projetos?'],
      a: [
        'Yes. Send me a message with what you have in mind and your timeline.',
        'Sim. Mande uma mensagem contando a sua ideia e o prazo.',
      ],
    },
    {
      q: ['Do you work remotely?', 'Você trabalha remotamente?'],
      a: ['Yes, with clients everywhere, by video call and email.', 'Sim, com clientes de qualquer lugar, por videochamada e e-mail.'],
    },
  ],
  label: ['Independent work', 'Trabalho independente'],
  contactIntro: [
    'Tell me about your project and your timeline; I will reply as soon as I can.',
    'Conte sobre o seu projeto e o prazo; respondo o quanto antes.',
  ],
  cta: {
    title: ['Have a project in mind?', 'Tem um projeto em mente?'],
    text: ['Tell me about it and I will get back to you as soon as I can.', 'Me conte e eu respondo o quanto antes.'],
    button: ['Contact me', 'Fale comigo'],
  },
  headings: {
    about: ['About me', 'Sobre mim'],
    services: ['What I do', 'O que eu faço'],
    testimonials: ['What clients say', 'O que dizem os clientes'],
    contact: ['Let’s work together', 'Vamos trabalhar juntos'],
  },
};
