import type { KindCopy } from '../types';

export const nonprofitCopy: KindCopy = {
  names: [
    ['Seeds of Change Foundation', 'Instituto Semear'],
    ['Open Hands Project', 'Projeto Mãos Abertas'],
  ],
  heroes: [
    {
      title: ['Together, we change stories', 'Juntos, a gente muda histórias'],
      subtitle: [
        '{name} brings people, time and resources together to support those who need it most{inPlace}.',
        '{name} une pessoas, tempo e recursos para apoiar quem mais precisa{inPlace}.',
      ],
    },
    {
      title: ['Small gestures, real change{inPlace}', 'Pequenos gestos, grandes mudanças{inPlace}'],
      subtitle: [
        'Every donation and every hour of volunteering turns into concrete help in our community.',
        'Cada doação e cada hora de voluntariado viram ajuda concreta na nossa comunidade.',
      ],
    },
  ],
  action: ['See how we help', 'Veja como ajudamos'],
  features: [
    {
      icon: 'heart',
      title: ['Direct support', 'Apoio direto'],
      text: [
        'Concrete help, delivered where it is needed, together with the people it is for.',
        'Ajuda concreta, levada aonde é preciso, junto com as pessoas a quem se destina.',
      ],
    },
    {
      icon: 'star',
      title: ['Lasting projects', 'Projetos duradouros'],
      text: ['Projects planned to last, not just for a day.', 'Projetos pensados para durar, e não só para um dia.'],
    },
    {
      icon: 'shield',
      title: ['Full transparency', 'Transparência total'],
      text: ['Ask us where your donation goes: we are glad to explain.', 'Pergunte para onde vai a sua doação: explicamos com prazer.'],
    },
    {
      icon: 'chat',
      title: ['Community first', 'Comunidade em primeiro lugar'],
      text: [
        'Our projects are designed with the people they serve, not just for them.',
        'Nossos projetos são pensados com as pessoas atendidas, e não só para elas.',
      ],
    },
  ],
  offersTitle: ['How you can help', 'Como você pode ajudar'],
  offersIntro: ['There is a way for everyone to take part.', 'Tem um jeito para cada pessoa participar.'],
  offers: [
    {
      title: ['Donate', 'Doe'],
      text: [
        'One-off or monthly donations keep our projects running all year.',
        'Doações únicas ou mensais mantêm nossos projetos funcionando o ano todo.',
      ],
    },
    {
      title: ['Volunteer', 'Seja voluntário'],
      text: ['Give a few hours a month and share what you know.', 'Doe algumas horas por mês e compartilhe o que você sabe.'],
    },
    {
      title: ['Partner with us', 'Seja parceiro'],
      text: [
        'Companies can sponsor a project or match employee donations.',
        'Empresas podem apadrinhar um projeto ou dobrar as doações dos funcionários.',
      ],
    },
    {
      title: ['Spread the word', 'Divulgue'],
      text: [
        'Share our work with friends: more people, more impact.',
        'Compartilhe nosso trabalho com os amigos: mais gente, mais impacto.',
      ],
    },
  ],
  about: [
    '{name} was born from a group of people who decided to stop waiting and start helping.\n\nToday, with volunteers and partners, we support our community{inPlace} through the work that brings us together, always with transparency and respect.',
    '{name} nasceu de um grupo de pessoas que decidiu parar de esperar e começar a ajudar.\n\nHoje, com voluntários e parceiros, apoiamos a nossa comunidade{inPlace} com o trabalho que nos une, sempre com transparência e respeito.',
  ],
  quotes: [
    {
      quote: ['Volunteering here changed how I see my own city.', 'Ser voluntária aqui mudou o jeito como eu vejo minha própria cidade.'],
      role: ['Volunteer since 2021', 'Voluntária desde 2021'],
      gender: 'f',
    },
    {
      quote: ['The workshops gave my son confidence and a first job.', 'As oficinas deram confiança ao meu filho e o primeiro emprego.'],
      role: ['Mother of a participant', 'Mãe de participante'],
      gender: 'f',
    },
    {
      quote: [
        'A serious, transparent team. We are proud to be partners.',
        'Uma equipe séria e transparente. Temos orgulho de ser parceiros.',
      ],
      role: ['Partner company', 'Empresa parceira'],
    },
  ],
  faq: [
    {
      q: ['Can I donate items instead of money?', 'Posso doar itens em vez de dinheiro?'],
      a: [
        'Often, yes. Write to us first so we can tell you what we need right now and arrange the drop-off.',
        'Muitas vezes, sim. Escreva antes para dizermos do que precisamos agora e combinarmos a entrega.',
      ],
    },
    {
      q: ['Can companies get involved?', 'Empresas podem participar?'],
      a: [
        'Of course. Write to us and we will find the right way for your team to help.',
        'Claro. Escreva para a gente e encontramos a melhor forma de a sua equipe ajudar.',
      ],
    },
  ],
  headings: { about: ['Who we are', 'Quem somos'], services: ['How you can help', 'Como você pode ajudar'] },
};

export const genericCopy: KindCopy = {
  names: [
    ['Northwind & Co.', 'Rumo Certo'],
    ['Bright Path Studio', 'Caminho Claro'],
  ],
  label: ['Quality service', 'Atendimento de qualidade'],
  heroes: [
    {
      title: ['Quality you can count on', 'Qualidade com que você pode contar'],
      subtitle: [
        '{name} combines care, experience and attention to detail to serve you well{inPlace}.',
        '{O} {name} une cuidado, experiência e atenção aos detalhes para atender você bem{inPlace}.',
      ],
    },
    {
      title: ['Done right, from the first time', 'Bem feito, desde a primeira vez'],
      subtitle: [
        'Clear prices, honest advice and a team that answers when you call.',
        'Preço claro, orientação honesta e uma equipe que atende quando você chama.',
      ],
    },
    {
      title: ['Welcome to {name}', 'Boas-vindas {ao} {name}'],
      subtitle: [
        'Friendly service, solid experience and solutions that fit what you need{inPlace}.',
        'Atendimento próximo, experiência sólida e soluções do jeito que você precisa{inPlace}.',
      ],
    },
  ],
  action: ['See what we do', 'Veja o que fazemos'],
  features: [
    {
      icon: 'heart',
      title: ['Personal service', 'Atendimento próximo'],
      text: [
        'You talk to real people who know your name and your needs.',
        'Você fala com pessoas de verdade, que conhecem seu nome e suas necessidades.',
      ],
    },
    {
      icon: 'shield',
      title: ['Reliable', 'Confiança'],
      text: ['We do what we promise, when we promise it.', 'Fazemos o que prometemos, no prazo combinado.'],
    },
    {
      icon: 'check',
      title: ['Clear prices', 'Preço claro'],
      text: ['No hidden costs: you know the price before we start.', 'Sem custos escondidos: você sabe o valor antes de começarmos.'],
    },
    {
      icon: 'clock',
      title: ['Quick replies', 'Resposta rápida'],
      text: ['We answer every message as soon as we can.', 'Respondemos toda mensagem o quanto antes.'],
    },
  ],
  offersTitle: ['What we offer', 'O que oferecemos'],
  offersIntro: [
    'Solutions for people and businesses, adapted to what you need.',
    'Soluções para pessoas e empresas, adaptadas ao que você precisa.',
  ],
  offers: [
    {
      title: ['Initial consultation', 'Avaliação inicial'],
      text: [
        'We listen, assess your situation and suggest the best way forward.',
        'Ouvimos, avaliamos sua situação e sugerimos o melhor caminho.',
      ],
    },
    {
      title: ['Tailored service', 'Serviço sob medida'],
      text: ['A solution designed around your goals, budget and schedule.', 'Uma solução pensada para seus objetivos, orçamento e prazo.'],
    },
    {
      title: ['Ongoing support', 'Acompanhamento contínuo'],
      text: [
        'We stay close after delivery, so nothing is left halfway.',
        'Ficamos por perto depois da entrega, para nada ficar pela metade.',
      ],
    },
    {
      title: ['Express service', 'Atendimento expresso'],
      text: ['For urgent needs, with priority scheduling.', 'Para demandas urgentes, com agenda prioritária.'],
    },
  ],
  about: [
    '{name} was founded on a simple belief: good service is about listening first.\n\nOur team brings years of experience and a genuine wish to solve problems. Every customer gets our full attention, from the first contact to the final result.',
    '{O} {name} nasceu de uma crença simples: atender bem começa por ouvir.\n\nNossa equipe reúne anos de experiência e uma vontade genuína de resolver problemas. Cada cliente recebe atenção total, do primeiro contato ao resultado final.',
  ],
  quotes: [
    {
      quote: [
        'Professional, fast and genuinely kind. I recommend them with my eyes closed.',
        'Profissionais, rápidos e gentis de verdade. Recomendo de olhos fechados.',
      ],
      role: ['Customer since 2022', 'Cliente desde 2022'],
    },
    {
      quote: [
        'They understood exactly what I needed and delivered ahead of time.',
        'Entenderam exatamente o que eu precisava e entregaram antes do prazo.',
      ],
      role: ['Small business owner', 'Dono de pequeno negócio'],
      gender: 'm',
    },
    {
      quote: ['Clear prices, no surprises and great follow-up.', 'Preço claro, sem surpresas e um ótimo acompanhamento.'],
      role: ['Customer for years', 'Cliente há anos'],
    },
  ],
  faq: [
    {
      q: ['How quickly do you reply?', 'Em quanto tempo vocês respondem?'],
      a: ['As soon as we can. Tell us if it is urgent.', 'O quanto antes. Se for urgente, avise.'],
    },
    {
      q: ['How do we start?', 'Como começamos?'],
      a: [
        'Yes. Tell us what you need and we will suggest the best option, with no obligation.',
        'Sim. Conte o que você precisa e sugerimos a melhor opção, sem compromisso.',
      ],
    },
  ],
};
