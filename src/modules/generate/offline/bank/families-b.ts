import type { FamilyCopy } from '../types';

// Family copy, part 2: home, learning, tech, retail, hospitality, community, general.

export const homeFamily: FamilyCopy = {
  stats: [
    { value: ['2,500+', '2.500+'], label: ['jobs completed', 'serviços realizados'] },
    { value: ['24h', '24h'], label: ['to send your quote', 'para enviar seu orçamento'] },
    { value: ['1 year', '1 ano'], label: ['warranty on our work', 'de garantia no serviço'] },
  ],
  faq: [
    {
      q: ['How does the quote work?', 'Como funciona o orçamento?'],
      a: [
        'We visit, assess the job and send a written quote with no obligation.',
        'Fazemos a visita, avaliamos o serviço e enviamos um orçamento por escrito, sem compromisso.',
      ],
    },
    {
      q: ['What if something is not right?', 'E se algo não ficar certo?'],
      a: [
        'Tell us and we will come back to look at it; any guarantee is set out in writing in the quote.',
        'Avise a gente e voltamos para ver; qualquer garantia fica por escrito no orçamento.',
      ],
    },
  ],
  cta: {
    title: ['Get your quote', 'Peça seu orçamento'],
    text: ['Tell us what you need and we will get back to you soon.', 'Conte o que você precisa e retornamos em breve.'],
    button: ['Request a quote', 'Pedir orçamento'],
  },
  formalHero: {
    title: ['Reliable service from {name}', 'Serviço de confiança com {o} {name}'],
    subtitle: [
      '{Label}{inPlace} with qualified professionals, quality materials and clear, written quotes.',
      '{Label}{inPlace} com profissionais qualificados, materiais de qualidade e orçamentos claros, por escrito.',
    ],
  },
  formalCta: {
    title: ['Ask for a detailed quote', 'Solicite um orçamento'],
    text: [
      'Our team will assess your needs and send a detailed proposal.',
      'Nossa equipe avaliará sua necessidade e enviará uma proposta detalhada.',
    ],
    button: ['Get a quote', 'Solicitar orçamento'],
  },
  contactAction: ['Ask for a quote', 'Peça um orçamento'],
  contactIntro: [
    'Describe the job and where it is; we will reply with a quote.',
    'Descreva o serviço e o local; respondemos com um orçamento.',
  ],
  form: 'quote',
  gallery: [
    ['A finished job, clean and tidy', 'Serviço concluído, limpo e organizado'],
    ['Our team at work', 'Nossa equipe trabalhando'],
    ['Quality tools and materials', 'Ferramentas e materiais de qualidade'],
  ],
  plans: [],
};

export const learningFamily: FamilyCopy = {
  stats: [
    { value: ['1,500+', '1.500+'], label: ['students taught', 'alunos formados'] },
    { value: ['95%', '95%'], label: ['reach their goal', 'atingem o objetivo'] },
    { value: ['12', '12'], label: ['students per class, at most', 'alunos por turma, no máximo'] },
  ],
  faq: [
    {
      q: ['Can I try a class first?', 'Tem aula experimental?'],
      a: [
        'Yes. Book a trial class through the form and we will confirm the time and the conditions.',
        'Sim. Agende uma aula experimental pelo formulário e confirmamos o horário e as condições.',
      ],
    },
    {
      q: ['Do you give certificates?', 'Vocês emitem certificado?'],
      a: ['It depends on the course: ask us and we will explain.', 'Depende do curso: pergunte para a gente que explicamos.'],
    },
  ],
  cta: {
    title: ['Enrolment is open', 'Matrículas abertas'],
    text: ['Places in each class are limited. Save yours today.', 'As vagas em cada turma são limitadas. Garanta a sua hoje.'],
    button: ['Enrol now', 'Quero me matricular'],
  },
  formalHero: {
    title: ['Quality education at {name}', 'Ensino de qualidade {no} {name}'],
    subtitle: [
      '{Label}{inPlace} with experienced teachers, small classes and a proven method.',
      '{Label}{inPlace} com professores experientes, turmas reduzidas e metodologia comprovada.',
    ],
  },
  formalCta: {
    title: ['Request information', 'Solicite informações'],
    text: [
      'Our team will present courses, schedules and enrolment conditions.',
      'Nossa equipe apresentará cursos, horários e condições de matrícula.',
    ],
    button: ['Contact us', 'Entrar em contato'],
  },
  contactAction: ['Book a trial class', 'Agendar aula experimental'],
  contactIntro: [
    'Questions about courses, schedules or prices? Write to us and we will reply soon.',
    'Dúvidas sobre cursos, horários ou valores? Escreva para a gente que respondemos em breve.',
  ],
  form: 'message',
  gallery: [
    ['A bright classroom', 'Sala de aula iluminada'],
    ['Students working together', 'Alunos estudando juntos'],
    ['A teacher explaining at the board', 'Professor explicando no quadro'],
  ],
  plans: [],
};

export const techFamily: FamilyCopy = {
  stats: [
    { value: ['120+', '120+'], label: ['projects launched', 'projetos lançados'] },
    { value: ['3x', '3x'], label: ['average growth for clients', 'crescimento médio dos clientes'] },
    { value: ['99.9%', '99,9%'], label: ['uptime', 'de disponibilidade'] },
  ],
  faq: [
    {
      q: ['How long does a project take?', 'Quanto tempo leva um projeto?'],
      a: [
        'It depends on the scope. We agree on a clear timeline before we start.',
        'Depende do escopo. Combinamos um cronograma claro antes de começar.',
      ],
    },
    {
      q: ['Do you offer support after launch?', 'Vocês dão suporte depois da entrega?'],
      a: [
        'Yes. We agree the support each project needs, and we offer monthly plans after launch.',
        'Sim. Combinamos o suporte de cada projeto, e depois do lançamento oferecemos planos mensais.',
      ],
    },
  ],
  cta: {
    title: ['Ready to get started?', 'Pronto para começar?'],
    text: ['Tell us about your goals and we will show you how to get there.', 'Conte seus objetivos e mostramos como chegar lá.'],
    button: ['Talk to us', 'Falar com a gente'],
  },
  formalHero: {
    title: ['Technology that drives results', 'Tecnologia que gera resultados'],
    subtitle: [
      '{name}: {label}{inPlace} focused on strategy, quality and measurable outcomes.',
      '{name}: {label}{inPlace} com foco em estratégia, qualidade e resultados mensuráveis.',
    ],
  },
  formalCta: {
    title: ['Schedule a presentation', 'Agende uma apresentação'],
    text: [
      'Our specialists will present the solution best suited to your business.',
      'Nossos especialistas apresentarão a solução mais adequada ao seu negócio.',
    ],
    button: ['Schedule', 'Agendar'],
  },
  contactAction: ['Get in touch', 'Fale com a gente'],
  contactIntro: [
    'Tell us about your project or question; we will reply as soon as we can.',
    'Conte sobre o seu projeto ou dúvida; respondemos o quanto antes.',
  ],
  form: 'message',
  gallery: [
    ['The team collaborating in the studio', 'A equipe trabalhando junta no estúdio'],
    ['Screens showing a product in progress', 'Telas com um produto em desenvolvimento'],
    ['Sketches and sticky notes on a wall', 'Rascunhos e post-its na parede'],
  ],
  plans: [],
};

export const retailFamily: FamilyCopy = {
  stats: [
    { value: ['5,000+', '5 mil+'], label: ['happy customers', 'clientes felizes'] },
    { value: ['48h', '48h'], label: ['average delivery time', 'prazo médio de entrega'] },
    { value: ['4.9★', '4,9★'], label: ['customer rating', 'avaliação dos clientes'] },
  ],
  faq: [
    {
      q: ['Can I exchange a product?', 'Posso trocar um produto?'],
      a: [
        'Yes, as long as it is unused and in its original packaging. Ask us for the details.',
        'Sim, desde que sem uso e na embalagem original. Fale com a gente para saber os detalhes.',
      ],
    },
    {
      q: ['Which payment methods do you accept?', 'Quais formas de pagamento vocês aceitam?'],
      a: [
        'Tell us how you would like to pay and we will confirm the options, including instalments.',
        'Conte como prefere pagar e confirmamos as opções, inclusive parcelamento.',
      ],
    },
  ],
  cta: {
    title: ['Find something you love', 'Encontre algo que você vai amar'],
    text: [
      'Visit us or send a message and we will help you choose.',
      'Venha nos visitar ou mande uma mensagem que ajudamos você a escolher.',
    ],
    button: ['Talk to us', 'Falar com a gente'],
  },
  formalHero: {
    title: ['Quality and care at {name}', 'Qualidade e atenção {no} {name}'],
    subtitle: [
      '{Label}{inPlace} with carefully selected products and attentive service.',
      '{Label}{inPlace} com produtos cuidadosamente selecionados e atendimento atencioso.',
    ],
  },
  formalCta: {
    title: ['Get in touch with us', 'Entre em contato'],
    text: ['Our team is available to help with orders and questions.', 'Nossa equipe está à disposição para ajudar com pedidos e dúvidas.'],
    button: ['Contact us', 'Entrar em contato'],
  },
  contactAction: ['Visit us', 'Venha nos visitar'],
  contactIntro: [
    'Questions about a product, an order or availability? We will reply as soon as we can.',
    'Dúvidas sobre um produto, um pedido ou disponibilidade? Respondemos o quanto antes.',
  ],
  form: 'message',
  gallery: [
    ['Products displayed on shelves', 'Produtos expostos nas prateleiras'],
    ['A gift wrapped with care', 'Um presente embalado com carinho'],
    ['The shop window', 'A vitrine da loja'],
  ],
  plans: [],
};

export const hospitalityFamily: FamilyCopy = {
  stats: [
    { value: ['4.9★', '4,9★'], label: ['average rating', 'avaliação média'] },
    { value: ['15k+', '15 mil+'], label: ['happy travellers', 'viajantes felizes'] },
    { value: ['10', '10'], label: ['years of welcoming people', 'anos recebendo pessoas'] },
  ],
  faq: [
    {
      q: ['How can I pay?', 'Quais são as formas de pagamento?'],
      a: [
        'We confirm the payment options and any deposit when you book.',
        'Confirmamos as formas de pagamento e um eventual sinal na reserva.',
      ],
    },
    {
      q: ['What is the cancellation policy?', 'Qual é a política de cancelamento?'],
      a: [
        'We explain the cancellation terms when you book, before you pay anything.',
        'Explicamos as condições de cancelamento na reserva, antes de qualquer pagamento.',
      ],
    },
  ],
  cta: {
    title: ['Your next trip starts here', 'Sua próxima viagem começa aqui'],
    text: ['Check availability and book directly with us.', 'Consulte a disponibilidade e reserve direto com a gente.'],
    button: ['Check availability', 'Consultar disponibilidade'],
  },
  formalHero: {
    title: ['Hospitality with distinction at {name}', 'Hospitalidade com excelência {no} {name}'],
    subtitle: [
      '{Label}{inPlace} offering comfort, attentive service and carefully planned experiences.',
      '{Label}{inPlace} com conforto, atendimento atencioso e experiências cuidadosamente planejadas.',
    ],
  },
  formalCta: {
    title: ['Make a reservation', 'Faça sua reserva'],
    text: ['Our team will be pleased to assist you with your booking.', 'Nossa equipe terá prazer em auxiliá-lo com a sua reserva.'],
    button: ['Contact us', 'Entrar em contato'],
  },
  contactAction: ['Book directly', 'Reserve direto'],
  contactIntro: [
    'Tell us your dates and how many people; we will reply with availability and prices.',
    'Conte as datas e quantas pessoas; respondemos com disponibilidade e valores.',
  ],
  form: 'booking',
  gallery: [
    ['A cosy, sunlit room', 'Quarto aconchegante e iluminado'],
    ['Breakfast served on the terrace', 'Café da manhã servido na varanda'],
    ['The view from the garden', 'A vista do jardim'],
  ],
  plans: [],
};

export const communityFamily: FamilyCopy = {
  stats: [
    { value: ['2,000+', '2 mil+'], label: ['people supported each year', 'pessoas atendidas por ano'] },
    { value: ['150', '150'], label: ['active volunteers', 'voluntários ativos'] },
    { value: ['100%', '100%'], label: ['of donations go to our projects', 'das doações vão para os projetos'] },
  ],
  faq: [
    {
      q: ['How are donations used?', 'Como as doações são usadas?'],
      a: [
        'Every donation goes to our projects, and we are happy to explain how it is used.',
        'Cada doação vai para os nossos projetos, e explicamos com prazer como ela é usada.',
      ],
    },
    {
      q: ['How can I volunteer?', 'Como posso ser voluntário?'],
      a: [
        'Fill in the form below with your availability and skills, and we will invite you to our next welcome meeting.',
        'Preencha o formulário abaixo com sua disponibilidade e habilidades, e convidamos você para o próximo encontro de boas-vindas.',
      ],
    },
  ],
  cta: {
    title: ['Be part of this', 'Faça parte disso'],
    text: [
      'Donate, volunteer or share our work: every gesture counts.',
      'Doe, seja voluntário ou divulgue nosso trabalho: todo gesto conta.',
    ],
    button: ['I want to help', 'Quero ajudar'],
  },
  formalHero: {
    title: ['Transforming lives{inPlace}', 'Transformando vidas{inPlace}'],
    subtitle: [
      '{name} works with transparency and commitment to build lasting change in our community.',
      '{name} atua com transparência e compromisso para gerar mudanças duradouras na nossa comunidade.',
    ],
  },
  formalCta: {
    title: ['Support our work', 'Apoie nosso trabalho'],
    text: [
      'Contact us to learn about the ways to contribute and partner with us.',
      'Entre em contato para conhecer as formas de contribuir e ser nosso parceiro.',
    ],
    button: ['Contact us', 'Entrar em contato'],
  },
  contactAction: ['Get involved', 'Participe'],
  contactIntro: [
    'Want to help, partner with us or ask a question? Write to us.',
    'Quer ajudar, propor uma parceria ou tirar uma dúvida? Escreva para a gente.',
  ],
  form: 'message',
  gallery: [
    ['Volunteers working together', 'Voluntários trabalhando juntos'],
    ['A community activity outdoors', 'Atividade comunitária ao ar livre'],
    ['Smiling participants at an event', 'Participantes sorrindo em um evento'],
  ],
  plans: [],
};

export const generalFamily: FamilyCopy = {
  stats: [
    { value: ['10+', '10+'], label: ['years of experience', 'anos de experiência'] },
    { value: ['1,000+', '1.000+'], label: ['satisfied customers', 'clientes satisfeitos'] },
    { value: ['4.9★', '4,9★'], label: ['average rating', 'avaliação média'] },
  ],
  faq: [
    {
      q: ['How can I get a quote?', 'Como faço para pedir um orçamento?'],
      a: [
        'Send us a message through the form below and we will reply as soon as we can.',
        'Mande uma mensagem pelo formulário abaixo e respondemos o quanto antes.',
      ],
    },
    {
      q: ['Do you serve customers online?', 'Vocês atendem online?'],
      a: [
        'Yes. Besides meeting in person, we handle most requests by email, phone or video call.',
        'Sim. Além do atendimento presencial, resolvemos a maioria das solicitações por e-mail, telefone ou videochamada.',
      ],
    },
  ],
  cta: {
    title: ['Let’s get started', 'Vamos começar?'],
    text: ['Tell us what you need; we will reply as soon as we can.', 'Conte o que você precisa; respondemos o quanto antes.'],
    button: ['Get in touch', 'Fale com a gente'],
  },
  formalHero: {
    title: ['Quality and commitment at {name}', 'Qualidade e compromisso {no} {name}'],
    subtitle: [
      'A dedicated team{inPlace}, transparent processes and personalised service.',
      'Equipe dedicada{inPlace}, processos transparentes e atendimento personalizado.',
    ],
  },
  formalCta: {
    title: ['Get in touch with us', 'Entre em contato'],
    text: [
      'Our team is available to understand your needs and present solutions.',
      'Nossa equipe está à disposição para entender sua necessidade e apresentar soluções.',
    ],
    button: ['Contact us', 'Entrar em contato'],
  },
  contactAction: ['Get in touch', 'Fale com a gente'],
  contactIntro: ['Send us a message and we will get back to you soon.', 'Mande uma mensagem e retornamos em breve.'],
  form: 'message',
  gallery: [
    ['Our workspace', 'Nosso espaço de trabalho'],
    ['The team at work', 'A equipe trabalhando'],
    ['A detail of our work', 'Um detalhe do nosso trabalho'],
  ],
  plans: [
    {
      name: ['Essential', 'Essencial'],
      price: 49,
      period: ['/month', '/mês'],
      description: ['The basics, done well.', 'O básico, bem feito.'],
      features: [
        ['Core service', 'Serviço principal'],
        ['Email support', 'Suporte por e-mail'],
      ],
    },
    {
      name: ['Complete', 'Completo'],
      price: 99,
      period: ['/month', '/mês'],
      description: ['Everything most customers need.', 'Tudo o que a maioria dos clientes precisa.'],
      features: [
        ['Everything in Essential', 'Tudo do Essencial'],
        ['Priority service', 'Atendimento prioritário'],
        ['Monthly review', 'Revisão mensal'],
      ],
      featured: true,
    },
    {
      name: ['Premium', 'Premium'],
      price: 199,
      period: ['/month', '/mês'],
      description: ['A dedicated, tailored service.', 'Um atendimento dedicado e sob medida.'],
      features: [
        ['Everything in Complete', 'Tudo do Completo'],
        ['A dedicated contact', 'Contato dedicado'],
        ['Custom requests', 'Pedidos personalizados'],
      ],
    },
  ],
};
