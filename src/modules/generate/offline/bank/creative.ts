import type { KindCopy } from '../types';

export const photographerCopy: KindCopy = {
  names: [
    ['Golden Hour Photography', 'Luz Dourada Fotografia'],
    ['Frame & Light Studio', 'Estúdio Luz e Quadro'],
  ],
  heroes: [
    {
      title: ['Moments that deserve to last', 'Momentos que merecem durar'],
      subtitle: [
        'Natural, honest photography for weddings, families and brands, by {name}.',
        'Fotografia natural e verdadeira para casamentos, famílias e marcas, por {name}.',
      ],
    },
    {
      title: ['Your story, beautifully told{inPlace}', 'Sua história, bem contada{inPlace}'],
      subtitle: [
        'Relaxed sessions, real emotion and images you will love for years.',
        'Ensaios descontraídos, emoção de verdade e imagens para amar por muitos anos.',
      ],
    },
    {
      title: ['Light, emotion and detail', 'Luz, emoção e detalhe'],
      subtitle: ['{Label}{inPlace} for the moments that matter most.', '{Label}{inPlace} para os momentos que mais importam.'],
    },
  ],
  action: ['See packages', 'Ver pacotes'],
  features: [
    {
      icon: 'heart',
      title: ['Relaxed sessions', 'Ensaio sem tensão'],
      text: [
        'No stiff poses: we guide you gently so you can just be yourself.',
        'Nada de pose forçada: a gente orienta com leveza para você ser você.',
      ],
    },
    {
      icon: 'star',
      title: ['Careful editing', 'Edição cuidadosa'],
      text: ['Every photo is edited by hand, with natural colour and skin tones.', 'Cada foto é tratada à mão, com cores e pele naturais.'],
    },
    {
      icon: 'clock',
      title: ['Fast delivery', 'Entrega rápida'],
      text: [
        'A first preview soon after the session, then your full gallery.',
        'Uma prévia logo depois do ensaio e, em seguida, a galeria completa.',
      ],
    },
  ],
  offersTitle: ['Packages', 'Pacotes'],
  offersIntro: [
    'Ask us what each package includes, such as an online gallery to share and download.',
    'Pergunte o que cada pacote inclui, como uma galeria online para compartilhar e baixar.',
  ],
  offers: [
    {
      title: ['Weddings', 'Casamentos'],
      text: ['Full-day coverage, from getting ready to the last dance.', 'Cobertura do dia inteiro, da preparação à última dança.'],
      price: 1500,
      from: true,
      match: /wedding|casament|boda/,
    },
    {
      title: ['Family sessions', 'Ensaio de família'],
      text: [
        'A session outdoors or at home, with a selection of edited photos.',
        'Uma sessão ao ar livre ou em casa, com uma seleção de fotos tratadas.',
      ],
      price: 250,
      from: true,
      match: /famil|newborn|gestante|pregnan/,
    },
    {
      title: ['Portraits', 'Retratos'],
      text: [
        'Professional portraits for your profile, CV or personal brand.',
        'Retratos profissionais para perfil, currículo ou marca pessoal.',
      ],
      price: 150,
      from: true,
      match: /retrat|portrait|headshot/,
    },
    {
      title: ['Events', 'Eventos'],
      text: ['Birthdays, corporate events and celebrations.', 'Aniversários, eventos corporativos e comemorações.'],
      price: 400,
      from: true,
      match: /event/,
    },
    {
      title: ['Products and brands', 'Produtos e marcas'],
      text: [
        'Product and lifestyle photos for your website and social media.',
        'Fotos de produto e lifestyle para o seu site e suas redes.',
      ],
      price: 300,
      from: true,
      match: /produto|product|marca|brand/,
    },
  ],
  about: [
    '{name} is about noticing the in-between moments: a glance, a laugh, a hand held a little tighter.\n\nWe have been photographing people for years, and we still get excited about every session. Our goal is simple: photos that feel exactly like the day felt.',
    '{name} nasceu do olhar para os momentos entre os momentos: um olhar, uma risada, uma mão apertada um pouco mais forte.\n\nFotografamos pessoas há anos e ainda nos emocionamos a cada ensaio. Nosso objetivo é simples: fotos que tenham exatamente a cara do dia.',
  ],
  quotes: [
    {
      quote: ['Every time we look at our wedding photos we relive the day.', 'Toda vez que olhamos as fotos do casamento revivemos o dia.'],
      role: ['Married in 2024', 'Casaram em 2024'],
    },
    {
      quote: [
        'I hate being photographed, but the session was so easy and the photos are beautiful.',
        'Odeio ser fotografada, mas o ensaio foi tão leve e as fotos ficaram lindas.',
      ],
      role: ['Had a family session', 'Fez um ensaio de família'],
      gender: 'f',
    },
    {
      quote: ['Our product photos doubled our online sales.', 'As fotos de produto dobraram nossas vendas online.'],
      role: ['Brand owner', 'Dona de marca'],
      gender: 'f',
    },
  ],
  faq: [
    {
      q: ['How many photos will I receive?', 'Quantas fotos eu recebo?'],
      a: [
        'It depends on the package; we tell you the approximate number before booking.',
        'Depende do pacote; informamos o número aproximado antes de fechar.',
      ],
    },
    {
      q: ['Can we choose the location?', 'Podemos escolher o local?'],
      a: ['Of course. We also suggest places with beautiful light.', 'Claro. Também sugerimos lugares com uma luz bonita.'],
    },
  ],
};

export const weddingCopy: KindCopy = {
  names: [
    ['Ever After Weddings', 'Felizes para Sempre Casamentos'],
    ['Bloom & Vow Events', 'Sim, Aceito Cerimonial'],
  ],
  heroes: [
    {
      title: ['The day you dreamed of, without the stress', 'O dia dos seus sonhos, sem estresse'],
      subtitle: [
        'Planning, design and on-the-day coordination by {name}, so you can simply enjoy it.',
        'Planejamento, decoração e coordenação no grande dia com {o} {name}, para vocês só aproveitarem.',
      ],
    },
    {
      title: ['Weddings with soul{inPlace}', 'Casamentos com alma{inPlace}'],
      subtitle: [
        'Every detail planned around your story, your style and your budget.',
        'Cada detalhe pensado para a história, o estilo e o orçamento de vocês.',
      ],
    },
  ],
  action: ['See services', 'Ver serviços'],
  features: [
    {
      icon: 'heart',
      title: ['Your story first', 'A história de vocês primeiro'],
      text: [
        'We start by listening, and design a wedding that looks like you.',
        'Começamos ouvindo, e desenhamos um casamento com a cara de vocês.',
      ],
    },
    {
      icon: 'check',
      title: ['Trusted suppliers', 'Fornecedores de confiança'],
      text: [
        'A network of venues, caterers and musicians we have worked with for years.',
        'Uma rede de espaços, bufês e músicos com quem trabalhamos há anos.',
      ],
    },
    {
      icon: 'clock',
      title: ['Calm on the day', 'Tranquilidade no dia'],
      text: [
        'Our team runs the schedule so you never have to look at a clock.',
        'Nossa equipe cuida do cronograma para vocês nem olharem o relógio.',
      ],
    },
  ],
  offersTitle: ['How we can help', 'Como podemos ajudar'],
  offersIntro: ['Full planning or just the help you need.', 'Assessoria completa ou só a ajuda de que vocês precisam.'],
  offers: [
    {
      title: ['Full planning', 'Assessoria completa'],
      text: ['From the first idea to the last guest leaving.', 'Da primeira ideia até o último convidado ir embora.'],
      price: 3000,
      from: true,
    },
    {
      title: ['Partial planning', 'Assessoria parcial'],
      text: ['You have started; we help you finish with confidence.', 'Vocês já começaram; a gente ajuda a terminar com segurança.'],
      price: 1500,
      from: true,
    },
    {
      title: ['On-the-day coordination', 'Cerimonial do dia'],
      text: [
        'We take charge of the schedule, suppliers and every surprise.',
        'Assumimos o cronograma, os fornecedores e qualquer imprevisto.',
      ],
      price: 800,
      from: true,
    },
    {
      title: ['Styling and décor', 'Decoração'],
      text: ['Flowers, lighting and table design that tell your story.', 'Flores, iluminação e mesas que contam a história de vocês.'],
      price: 1200,
      from: true,
    },
  ],
  about: [
    '{name} was born from a love of celebrations and of the stories behind them.\n\nWe plan each wedding as if it were the only one, with careful attention to detail and an eye on the budget, so the day feels exactly like you.',
    '{O} {name} nasceu do amor por celebrações e pelas histórias por trás delas.\n\nPlanejamos cada casamento como se fosse o único, com atenção aos detalhes e de olho no orçamento, para o dia ter exatamente a cara de vocês.',
  ],
  quotes: [
    {
      quote: [
        'We did not worry about a single thing on the day. Everything was perfect.',
        'Não nos preocupamos com nada no grande dia. Foi tudo perfeito.',
      ],
      role: ['Married in 2024', 'Casaram em 2024'],
    },
    {
      quote: ['They understood our style right away and kept us on budget.', 'Entenderam nosso estilo de cara e respeitaram o orçamento.'],
      role: ['Beach wedding', 'Casamento na praia'],
    },
    {
      quote: ['The décor was even more beautiful than we imagined.', 'A decoração ficou ainda mais linda do que imaginamos.'],
      role: ['Bride', 'Noiva'],
      gender: 'f',
    },
  ],
  faq: [
    {
      q: ['How far ahead should we book?', 'Com quanta antecedência devemos contratar?'],
      a: [
        'The earlier the better, but we also plan weddings at shorter notice.',
        'Quanto antes, melhor, mas também organizamos casamentos em menos tempo.',
      ],
    },
    {
      q: ['Do you plan small weddings?', 'Vocês fazem casamentos pequenos?'],
      a: [
        'Yes. Intimate weddings and elopements are some of our favourites.',
        'Sim. Mini wedding e elopement estão entre os nossos favoritos.',
      ],
    },
  ],
};

export const architectCopy: KindCopy = {
  names: [
    ['Linea Architecture Studio', 'Traço Arquitetura'],
    ['Open Plan Architects', 'Planta Livre Arquitetura'],
  ],
  heroes: [
    {
      title: ['Spaces designed around how you live', 'Espaços pensados para o seu jeito de viver'],
      subtitle: [
        'Architecture and interiors by {name}: light, function and beauty in every project.',
        'Arquitetura e interiores por {name}: luz, função e beleza em cada projeto.',
      ],
    },
    {
      title: ['Good design changes everyday life{inPlace}', 'Bom projeto muda o dia a dia{inPlace}'],
      subtitle: [
        'Homes, renovations and commercial spaces designed with care, from sketch to handover.',
        'Casas, reformas e espaços comerciais projetados com cuidado, do croqui à entrega.',
      ],
    },
  ],
  action: ['See services', 'Ver serviços'],
  features: [
    {
      icon: 'spark',
      title: ['Design with purpose', 'Projeto com propósito'],
      text: ['Every line serves how you actually use the space.', 'Cada traço serve ao jeito como você usa o espaço.'],
    },
    {
      icon: 'leaf',
      title: ['Light and ventilation', 'Luz e ventilação'],
      text: [
        'Comfortable, efficient spaces that make the most of natural light.',
        'Ambientes confortáveis e eficientes, que aproveitam a luz natural.',
      ],
    },
    {
      icon: 'check',
      title: ['Project management', 'Acompanhamento de obra'],
      text: [
        'We follow the build so what is drawn is what gets built.',
        'Acompanhamos a obra para o que foi desenhado ser o que foi construído.',
      ],
    },
  ],
  offersTitle: ['Services', 'Serviços'],
  offersIntro: ['From a single room to a whole building.', 'De um único ambiente a um edifício inteiro.'],
  offers: [
    {
      title: ['Residential architecture', 'Arquitetura residencial'],
      text: ['New homes designed around your family and your site.', 'Casas novas pensadas para a sua família e o seu terreno.'],
    },
    {
      title: ['Interior design', 'Design de interiores'],
      text: ['Layouts, joinery, lighting and furniture that work together.', 'Layout, marcenaria, iluminação e mobiliário em harmonia.'],
      match: /interior/,
    },
    {
      title: ['Renovations', 'Reformas'],
      text: [
        'New life for existing spaces, with a clear budget and schedule.',
        'Vida nova para espaços existentes, com orçamento e cronograma claros.',
      ],
      match: /reforma|renovat/,
    },
    {
      title: ['Commercial spaces', 'Projetos comerciais'],
      text: ['Shops, offices and restaurants that reflect your brand.', 'Lojas, escritórios e restaurantes com a cara da sua marca.'],
      match: /comercia|commercial|office|loja/,
    },
  ],
  about: [
    '{name} believes architecture should make life simpler and more beautiful.\n\nWe start every project by understanding your routine, and we design spaces that are comfortable, efficient and built to last.',
    '{O} {name} acredita que arquitetura deve deixar a vida mais simples e mais bonita.\n\nComeçamos cada projeto entendendo a sua rotina, e desenhamos espaços confortáveis, eficientes e feitos para durar.',
  ],
  quotes: [
    {
      quote: [
        'Our flat feels twice as big. They understood exactly how we live.',
        'Nosso apartamento parece ter o dobro do tamanho. Entenderam exatamente como a gente vive.',
      ],
      role: ['Apartment renovation', 'Reforma de apartamento'],
    },
    {
      quote: ['On time, on budget, and beautiful.', 'No prazo, no orçamento, e lindo.'],
      role: ['New family home', 'Casa nova da família'],
    },
    {
      quote: ['Our restaurant design is now part of our brand.', 'O projeto do restaurante virou parte da nossa marca.'],
      role: ['Café owner', 'Dono de cafeteria'],
      gender: 'm',
    },
  ],
  faq: [
    {
      q: ['How do you charge for a project?', 'Como é cobrado o projeto?'],
      a: [
        'By project scope and area. We send a detailed proposal after our first meeting.',
        'Pelo escopo e pela área do projeto. Enviamos uma proposta detalhada após a primeira reunião.',
      ],
    },
    {
      q: ['Do you manage the construction?', 'Vocês acompanham a obra?'],
      a: [
        'Yes, we offer site supervision as part of the project or as a separate service.',
        'Sim, oferecemos acompanhamento de obra junto com o projeto ou à parte.',
      ],
    },
  ],
};
