import type { KindCopy } from '../types';

export const constructionCopy: KindCopy = {
  names: [
    ['Solid Ground Builders', 'Construtora Base Firme'],
    ['Cornerstone Construction', 'Construtora Pedra Angular'],
  ],
  heroes: [
    {
      title: ['Built right, delivered on time', 'Obra bem feita, entregue no prazo'],
      subtitle: [
        'Construction and renovation by {name}, with a clear budget, a fixed schedule and no surprises.',
        'Construção e reforma com {o} {name}: orçamento claro, cronograma definido e sem surpresas.',
      ],
    },
    {
      title: ['Your project in safe hands{inPlace}', 'Sua obra em boas mãos{inPlace}'],
      subtitle: [
        'From the foundations to the finishing touches, one team takes care of everything.',
        'Da fundação ao acabamento, uma só equipe cuida de tudo.',
      ],
    },
    {
      title: ['From plan to keys', 'Do projeto à entrega das chaves'],
      subtitle: [
        '{Label}{inPlace} for homes, renovations and commercial builds.',
        '{Label}{inPlace} para casas, reformas e obras comerciais.',
      ],
    },
  ],
  action: ['See services', 'Ver serviços'],
  features: [
    {
      icon: 'check',
      title: ['Fixed budget', 'Orçamento fechado'],
      text: ['A detailed quote up front, with no hidden extras.', 'Orçamento detalhado antes de começar, sem custos escondidos.'],
    },
    {
      icon: 'clock',
      title: ['Schedules we keep', 'Prazo cumprido'],
      text: ['Regular updates and a handover date agreed up front.', 'Atualizações frequentes e data de entrega combinada desde o início.'],
    },
    {
      icon: 'shield',
      title: ['Safe, tidy sites', 'Obra segura e organizada'],
      text: [
        'Trained crews, proper equipment and a clean site every day.',
        'Equipe treinada, equipamentos adequados e canteiro limpo todos os dias.',
      ],
    },
  ],
  offersTitle: ['What we build', 'O que construímos'],
  offersIntro: ['Residential and commercial projects of every size.', 'Obras residenciais e comerciais de todos os tamanhos.'],
  offers: [
    {
      title: ['New builds', 'Construção'],
      text: ['Houses and small buildings, from foundations to finishing.', 'Casas e pequenos prédios, da fundação ao acabamento.'],
    },
    {
      title: ['Renovations', 'Reformas'],
      text: [
        'Kitchens, bathrooms and whole homes, with minimal disruption.',
        'Cozinhas, banheiros e casas inteiras, com o mínimo de transtorno.',
      ],
      match: /reforma|renovat|remodel/,
    },
    {
      title: ['Extensions', 'Ampliações'],
      text: ['More space for your family without moving house.', 'Mais espaço para a família sem precisar se mudar.'],
    },
    {
      title: ['Commercial fit-outs', 'Obras comerciais'],
      text: ['Shops, offices and restaurants delivered on schedule.', 'Lojas, escritórios e restaurantes entregues no prazo.'],
      match: /comercia|commercial/,
    },
  ],
  about: [
    '{name} was founded by builders who believe a good job starts with an honest conversation.\n\nWe plan every project carefully, keep you informed throughout and hand over work we are proud to put our name on.',
    '{O} {name} foi fundada por profissionais que acreditam que uma boa obra começa com uma conversa honesta.\n\nPlanejamos cada projeto com cuidado, mantemos você informado o tempo todo e entregamos um trabalho do qual temos orgulho.',
  ],
  quotes: [
    {
      quote: ['Our renovation finished on the exact date they promised.', 'Nossa reforma terminou exatamente na data prometida.'],
      role: ['Home renovation', 'Reforma residencial'],
    },
    {
      quote: ['Clean site, respectful team and an impeccable finish.', 'Obra limpa, equipe respeitosa e acabamento impecável.'],
      role: ['Built a new home', 'Construiu a casa nova'],
    },
    {
      quote: [
        'They built our shop in six weeks without going over budget.',
        'Fizeram nossa loja em seis semanas sem estourar o orçamento.',
      ],
      role: ['Shop owner', 'Dona de loja'],
      gender: 'f',
    },
  ],
  faq: [
    {
      q: ['Do you handle permits?', 'Vocês cuidam das licenças?'],
      a: ['Yes. We take care of the paperwork with the local authorities.', 'Sim. Cuidamos da documentação junto à prefeitura.'],
    },
    {
      q: ['Can I live at home during the renovation?', 'Posso morar em casa durante a reforma?'],
      a: [
        'Often yes. We plan the work in stages to keep disruption low.',
        'Muitas vezes, sim. Planejamos a obra por etapas para reduzir o transtorno.',
      ],
    },
  ],
};

export const tradesCopy: KindCopy = {
  names: [
    ['FixRight Home Services', 'Conserta Já Reparos'],
    ['Handy Hands Repairs', 'Mão na Roda Serviços'],
  ],
  heroes: [
    {
      title: ['Fixed fast, fixed right', 'Conserto rápido e bem feito'],
      subtitle: [
        'Plumbing, electrical and home repairs by {name}, with fair prices and tidy work.',
        'Hidráulica, elétrica e pequenos reparos com {o} {name}, com preço justo e serviço caprichado.',
      ],
    },
    {
      title: ['Something broke? We’re on our way{inPlace}', 'Quebrou? A gente resolve{inPlace}'],
      subtitle: [
        'Qualified professionals, a clear quote before we start and honest advice on every job.',
        'Profissionais qualificados, orçamento claro antes de começar e orientação honesta em todo serviço.',
      ],
    },
    {
      title: ['Home repairs without the headache', 'Reparos sem dor de cabeça'],
      subtitle: [
        '{Label}{inPlace}: punctual, honest and careful in your home.',
        '{Label}{inPlace}: pontual, honesto e cuidadoso dentro da sua casa.',
      ],
    },
  ],
  action: ['See services', 'Ver serviços'],
  features: [
    {
      icon: 'clock',
      title: ['Quick response', 'Atendimento rápido'],
      text: ['Same-day visits whenever possible.', 'Visita no mesmo dia sempre que possível.'],
    },
    {
      icon: 'check',
      title: ['Quote before work', 'Orçamento antes do serviço'],
      text: ['You approve the price before we pick up a tool.', 'Você aprova o valor antes de a gente pegar na ferramenta.'],
    },
    {
      icon: 'shield',
      title: ['Work done right', 'Serviço bem feito'],
      text: ['If something is not right, tell us and we come back to look at it.', 'Se algo não ficar certo, avise e voltamos para ver.'],
    },
  ],
  offersTitle: ['Services', 'Serviços'],
  offersIntro: ['Small jobs and big ones, at home or at work.', 'Serviços pequenos e grandes, em casa ou na empresa.'],
  offers: [
    {
      title: ['Plumbing', 'Hidráulica'],
      text: ['Leaks, blocked drains, taps, toilets and water heaters.', 'Vazamentos, entupimentos, torneiras, descargas e aquecedores.'],
      price: 60,
      from: true,
      match: /encanad|plumb|hidraul|vazament|fontaner/,
    },
    {
      title: ['Electrical', 'Elétrica'],
      text: ['Sockets, lighting, fuse boards and safety checks.', 'Tomadas, iluminação, quadros de luz e revisão de segurança.'],
      price: 60,
      from: true,
      match: /eletric|electric/,
    },
    {
      title: ['Handyman jobs', 'Pequenos reparos'],
      text: ['Shelves, curtains, furniture assembly and odd jobs.', 'Prateleiras, cortinas, montagem de móveis e consertos em geral.'],
      price: 45,
      from: true,
      match: /handyman|marido de aluguel|faz tudo|montagem/,
    },
    {
      title: ['Air conditioning', 'Ar-condicionado'],
      text: ['Installation, cleaning and maintenance.', 'Instalação, limpeza e manutenção.'],
      price: 80,
      from: true,
      match: /ar-condicionado|ar condicionado|air condition|hvac/,
    },
  ],
  about: [
    '{name} started with one van and a simple promise: turn up on time and leave the place cleaner than we found it.\n\nToday our team covers the whole area, with trained professionals and the same promise.',
    '{O} {name} começou com uma van e uma promessa simples: chegar no horário e deixar tudo mais limpo do que encontramos.\n\nHoje nossa equipe atende toda a região, com profissionais treinados e a mesma promessa.',
  ],
  quotes: [
    {
      quote: [
        'Came the same day, found the leak in minutes and charged a fair price.',
        'Vieram no mesmo dia, acharam o vazamento em minutos e cobraram um preço justo.',
      ],
      role: ['Homeowner', 'Morador'],
      gender: 'm',
    },
    {
      quote: ['Finally an electrician who explains what he is doing.', 'Finalmente um eletricista que explica o que está fazendo.'],
      role: ['Apartment owner', 'Dona de apartamento'],
      gender: 'f',
    },
    {
      quote: ['Punctual, polite and they cleaned up after themselves.', 'Pontuais, educados e ainda limparam tudo depois.'],
      role: ['Regular customer', 'Cliente de sempre'],
    },
  ],
  faq: [
    {
      q: ['Do you charge for the visit?', 'A visita é cobrada?'],
      a: ['We tell you before we come whether the visit is charged.', 'Avisamos antes da visita se ela é cobrada.'],
    },
    {
      q: ['Do you bring the parts?', 'Vocês levam o material?'],
      a: ['We can bring everything, or use parts you already have.', 'Podemos levar tudo, ou usar o material que você já tem.'],
    },
  ],
};

export const cleaningCopy: KindCopy = {
  names: [
    ['Sparkle & Shine Cleaning', 'Brilho Limpeza'],
    ['Fresh Start Cleaners', 'Casa em Ordem Limpeza'],
  ],
  heroes: [
    {
      title: ['Come home to a spotless space', 'Chegue em casa e encontre tudo brilhando'],
      subtitle: [
        'Reliable, thorough cleaning for homes and offices by {name}.',
        'Limpeza caprichada e de confiança para casas e escritórios com {o} {name}.',
      ],
    },
    {
      title: ['More free time, less housework{inPlace}', 'Mais tempo livre, menos faxina{inPlace}'],
      subtitle: [
        'Trained, vetted cleaners and a checklist for every visit.',
        'Profissionais treinados e de confiança, com checklist em toda visita.',
      ],
    },
  ],
  action: ['See plans', 'Ver planos'],
  features: [
    {
      icon: 'shield',
      title: ['Trusted professionals', 'Profissionais de confiança'],
      text: ['Trained cleaners you can trust in your home.', 'Profissionais treinados e de confiança dentro da sua casa.'],
    },
    {
      icon: 'check',
      title: ['Checklist every visit', 'Checklist em toda visita'],
      text: ['Nothing forgotten: every room, every time.', 'Nada esquecido: todos os cômodos, toda vez.'],
    },
    {
      icon: 'leaf',
      title: ['Safe products', 'Produtos seguros'],
      text: ['Effective products that are safe for children and pets.', 'Produtos eficientes e seguros para crianças e pets.'],
    },
  ],
  offersTitle: ['Plans', 'Planos'],
  offersIntro: [
    'Ask for a quote for your home or office: prices depend on the size and the service.',
    'Peça um orçamento para a sua casa ou escritório: os valores dependem do tamanho e do serviço.',
  ],
  offers: [
    {
      title: ['Regular cleaning', 'Limpeza de rotina'],
      text: ['Dusting, floors, kitchen and bathrooms.', 'Pó, chão, cozinha e banheiros.'],
    },
    {
      title: ['Deep cleaning', 'Faxina pesada'],
      text: [
        'Inside cupboards, appliances, windows and every corner.',
        'Dentro de armários, eletrodomésticos, janelas e todos os cantinhos.',
      ],
    },
    {
      title: ['Move-in and move-out', 'Limpeza de mudança'],
      text: ['Leave or arrive to a spotless home.', 'Saia ou chegue em um imóvel brilhando.'],
    },
    {
      title: ['Offices', 'Escritórios'],
      text: ['After-hours cleaning that does not get in your way.', 'Limpeza fora do expediente, sem atrapalhar sua equipe.'],
      match: /escritorio|office|comercial/,
    },
  ],
  plans: [
    {
      name: ['One-off clean', 'Faxina avulsa'],
      price: 90,
      period: ['/visit', '/visita'],
      description: ['For when you need a hand.', 'Para quando você precisa de uma ajuda.'],
      features: [
        ['Up to 5 hours', 'Até 5 horas'],
        ['Products included', 'Produtos inclusos'],
      ],
    },
    {
      name: ['Fortnightly', 'Quinzenal'],
      price: 80,
      period: ['/visit', '/visita'],
      description: ['A tidy home without thinking about it.', 'Casa em ordem sem precisar pensar nisso.'],
      features: [
        ['Same cleaner every time', 'Mesma profissional sempre'],
        ['Products included', 'Produtos inclusos'],
        ['Free rescheduling', 'Remarcação gratuita'],
      ],
      featured: true,
    },
    {
      name: ['Weekly', 'Semanal'],
      price: 70,
      period: ['/visit', '/visita'],
      description: ['The best price per visit.', 'O melhor valor por visita.'],
      features: [
        ['Same cleaner every time', 'Mesma profissional sempre'],
        ['Products included', 'Produtos inclusos'],
        ['One deep clean a quarter', 'Uma faxina pesada por trimestre'],
      ],
    },
  ],
  about: [
    '{name} was created for busy people who want a clean home without the worry.\n\nWe select and train every professional carefully, and we check in after each visit to make sure everything was just right.',
    '{O} {name} nasceu para quem tem a vida corrida e quer a casa limpa sem preocupação.\n\nSelecionamos e treinamos cada profissional com cuidado, e conferimos depois de cada visita se ficou tudo do jeito certo.',
  ],
  quotes: [
    {
      quote: [
        'I get home on Fridays and everything is sparkling. Best money I spend.',
        'Chego em casa na sexta e está tudo brilhando. O melhor dinheiro que eu gasto.',
      ],
      role: ['Weekly plan', 'Plano semanal'],
    },
    {
      quote: ['Trustworthy, punctual and incredibly thorough.', 'Confiáveis, pontuais e caprichosas demais.'],
      role: ['Customer since 2022', 'Cliente desde 2022'],
    },
    {
      quote: [
        'They left our old flat perfect for the new tenants.',
        'Deixaram nosso apartamento antigo perfeito para os novos inquilinos.',
      ],
      role: ['Booked a move-out clean', 'Fez limpeza de mudança'],
    },
  ],
  faq: [
    {
      q: ['Do I need to be home?', 'Preciso estar em casa?'],
      a: [
        'No. Many clients leave a key or access code with us.',
        'Não. Muitos clientes deixam a chave ou uma senha de acesso com a gente.',
      ],
    },
    {
      q: ['Are products included?', 'Os produtos estão inclusos?'],
      a: [
        'Yes, we bring everything. If you prefer specific products, just tell us.',
        'Sim, levamos tudo. Se preferir algum produto específico, é só avisar.',
      ],
    },
  ],
};
