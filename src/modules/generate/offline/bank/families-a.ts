import type { FamilyCopy } from '../types';

// Family copy, part 1: food, beauty, fitness, health, professional, creative.

export const foodFamily: FamilyCopy = {
  stats: [
    { value: ['4.9★', '4,9★'], label: ['Google rating', 'nota no Google'] },
    { value: ['12k', '12 mil'], label: ['happy customers a year', 'clientes felizes por ano'] },
    { value: ['100%', '100%'], label: ['made in-house', 'feito na casa'] },
  ],
  faq: [
    {
      q: ['Do you cater for events?', 'Vocês atendem eventos?'],
      a: [
        'Yes. Tell us the date, the number of guests and what you have in mind, and we will send you a proposal.',
        'Sim. Conte a data, o número de convidados e o que você imagina, e enviamos uma proposta.',
      ],
    },
    {
      q: ['Do you have options for allergies?', 'Vocês têm opções para quem tem alergia?'],
      a: [
        'Tell us about any allergy or intolerance before ordering and we will tell you exactly what is safe for you.',
        'Avise sobre alergias ou intolerâncias antes de pedir e indicamos exatamente o que é seguro para você.',
      ],
    },
  ],
  cta: {
    title: ['Hungry yet?', 'Bateu a fome?'],
    text: ['Drop by today or send us a message to order ahead.', 'Passe aqui hoje ou mande uma mensagem para encomendar.'],
    button: ['Order now', 'Fazer pedido'],
  },
  formalHero: {
    title: ['Quality and tradition at {name}', 'Qualidade e tradição {no} {name}'],
    subtitle: [
      '{Label}{inPlace}, committed to fresh ingredients, careful preparation and attentive service.',
      '{Label}{inPlace}, com compromisso com ingredientes frescos, preparo cuidadoso e atendimento atencioso.',
    ],
  },
  formalCta: {
    title: ['Place your order', 'Faça seu pedido'],
    text: [
      'Our team is available to take orders and answer any questions.',
      'Nossa equipe está à disposição para receber pedidos e esclarecer dúvidas.',
    ],
    button: ['Contact us', 'Entrar em contato'],
  },
  contactAction: ['Visit us', 'Venha nos visitar'],
  contactIntro: [
    'Questions, orders or events: write to us and we will reply as soon as we can.',
    'Dúvidas, encomendas ou eventos: mande uma mensagem e respondemos o quanto antes.',
  ],
  form: 'message',
  gallery: [
    ['Freshly made dishes on a wooden table', 'Pratos recém-preparados sobre uma mesa de madeira'],
    ['The counter on a busy morning', 'O balcão numa manhã movimentada'],
    ['Our team at work in the kitchen', 'Nossa equipe trabalhando na cozinha'],
  ],
  plans: [],
};

export const beautyFamily: FamilyCopy = {
  stats: [
    { value: ['4.9★', '4,9★'], label: ['average rating', 'avaliação média'] },
    { value: ['8,000+', '8 mil+'], label: ['appointments a year', 'atendimentos por ano'] },
    { value: ['10', '10'], label: ['years of experience', 'anos de experiência'] },
  ],
  faq: [
    {
      q: ['Do I need to book in advance?', 'Preciso agendar com antecedência?'],
      a: [
        'We recommend it, especially for Fridays and Saturdays. Walk-ins are welcome whenever we have a free chair.',
        'Recomendamos, principalmente para sexta e sábado. Sem horário marcado também atendemos, quando houver cadeira livre.',
      ],
    },
    {
      q: ['What if I need to cancel?', 'E se eu precisar desmarcar?'],
      a: [
        'Just let us know as early as you can, so we can offer the slot to someone else.',
        'É só avisar com a maior antecedência possível, para podermos oferecer o horário a outra pessoa.',
      ],
    },
  ],
  cta: {
    title: ['Time for a treat', 'Hora de se cuidar'],
    text: ['Book your appointment in a minute and leave the rest to us.', 'Agende seu horário em um minuto e deixe o resto com a gente.'],
    button: ['Book now', 'Agendar agora'],
  },
  formalHero: {
    title: ['Care and expertise at {name}', 'Cuidado e excelência {no} {name}'],
    subtitle: [
      '{Label}{inPlace} with qualified professionals, premium products and personalised service.',
      '{Label}{inPlace} com profissionais qualificados, produtos de primeira linha e atendimento personalizado.',
    ],
  },
  formalCta: {
    title: ['Schedule your appointment', 'Agende seu atendimento'],
    text: ['Our team will be pleased to find the best time for you.', 'Nossa equipe terá prazer em encontrar o melhor horário para você.'],
    button: ['Schedule', 'Agendar'],
  },
  contactAction: ['Book a visit', 'Agende seu horário'],
  contactIntro: [
    'Tell us what you would like and when suits you; we will confirm your appointment quickly.',
    'Conte o que você procura e o melhor horário; confirmamos seu agendamento rapidinho.',
  ],
  form: 'booking',
  gallery: [
    ['A bright, welcoming salon interior', 'Interior do salão, claro e acolhedor'],
    ['A professional finishing a client’s look', 'Profissional finalizando o visual de um cliente'],
    ['Tools and products neatly arranged', 'Ferramentas e produtos organizados na bancada'],
  ],
  plans: [],
};

export const fitnessFamily: FamilyCopy = {
  stats: [
    { value: ['500+', '500+'], label: ['active members', 'alunos ativos'] },
    { value: ['40', '40'], label: ['classes a week', 'aulas por semana'] },
    { value: ['6am', '6h'], label: ['first class of the day', 'primeira aula do dia'] },
  ],
  faq: [
    {
      q: ['Can I try a class before joining?', 'Posso fazer uma aula experimental?'],
      a: [
        'Yes! Book a trial class through the form below and we will confirm the details.',
        'Pode sim! É só agendar uma aula experimental pelo formulário abaixo e confirmamos os detalhes.',
      ],
    },
    {
      q: ['I am a complete beginner. Is that OK?', 'Nunca treinei. Tem problema?'],
      a: [
        'Absolutely. Our instructors adapt every exercise to your level and help you progress safely.',
        'Nenhum. Nossos instrutores adaptam cada exercício ao seu nível e ajudam você a evoluir com segurança.',
      ],
    },
  ],
  cta: {
    title: ['Come and try a class', 'Venha fazer uma aula experimental'],
    text: ['Come and meet the team, try a class and see how you feel.', 'Venha conhecer a equipe, fazer uma aula e sentir a diferença.'],
    button: ['Book a trial class', 'Agendar aula experimental'],
  },
  formalHero: {
    title: ['Health and wellbeing at {name}', 'Saúde e bem-estar {no} {name}'],
    subtitle: [
      '{Label}{inPlace} with qualified instructors, structured programmes and close follow-up of your progress.',
      '{Label}{inPlace} com instrutores qualificados, programas estruturados e acompanhamento próximo da sua evolução.',
    ],
  },
  formalCta: {
    title: ['Schedule a trial class', 'Agende uma aula experimental'],
    text: [
      'Our team will help you choose the programme that best suits your goals.',
      'Nossa equipe ajudará você a escolher o programa mais adequado aos seus objetivos.',
    ],
    button: ['Schedule', 'Agendar'],
  },
  contactAction: ['Get in touch', 'Fale com a gente'],
  contactIntro: [
    'Questions about plans or schedules? Send us a message and we will get back to you soon.',
    'Dúvidas sobre planos ou horários? Mande uma mensagem e respondemos em breve.',
  ],
  form: 'booking',
  gallery: [
    ['A bright training floor with equipment', 'Área de treino iluminada e equipada'],
    ['A group class in full swing', 'Aula em grupo a todo vapor'],
    ['An instructor guiding a student', 'Instrutor orientando um aluno'],
  ],
  plans: [],
};

export const healthFamily: FamilyCopy = {
  stats: [
    { value: ['15', '15'], label: ['years of care', 'anos de cuidado'] },
    { value: ['10,000+', '10 mil+'], label: ['patients seen', 'pacientes atendidos'] },
    { value: ['4.9★', '4,9★'], label: ['patient rating', 'avaliação dos pacientes'] },
  ],
  faq: [
    {
      q: ['Do you accept health insurance?', 'Vocês atendem convênio?'],
      a: [
        'We work with several insurance plans and also see private patients. Send us your plan and we will check it for you.',
        'Atendemos vários convênios e também particular. Mande o nome do seu plano que verificamos para você.',
      ],
    },
    {
      q: ['How do I book an appointment?', 'Como faço para marcar uma consulta?'],
      a: [
        'Use the form below or call us. We will confirm the date and time as soon as possible.',
        'Use o formulário abaixo ou ligue para nós. Confirmamos a data e o horário o quanto antes.',
      ],
    },
  ],
  cta: {
    title: ['Your health can’t wait', 'Sua saúde não pode esperar'],
    text: [
      'Book your appointment today; we will find a time that works for you.',
      'Marque sua consulta hoje mesmo; encontramos um horário que funcione para você.',
    ],
    button: ['Book an appointment', 'Agendar consulta'],
  },
  formalHero: {
    title: ['Excellence in care at {name}', 'Excelência em atendimento {no} {name}'],
    subtitle: [
      '{Label}{inPlace} with a qualified team, modern equipment and humane, ethical care.',
      '{Label}{inPlace} com equipe qualificada, equipamentos modernos e atendimento humanizado e ético.',
    ],
  },
  formalCta: {
    title: ['Schedule an appointment', 'Agende uma consulta'],
    text: [
      'Our team is available to assist you and answer any questions.',
      'Nossa equipe está à disposição para atendê-lo e esclarecer suas dúvidas.',
    ],
    button: ['Schedule', 'Agendar'],
  },
  contactAction: ['Book an appointment', 'Agendar consulta'],
  contactIntro: [
    'Tell us how we can help and your preferred times; we will confirm your appointment.',
    'Conte como podemos ajudar e os melhores horários para você; confirmamos sua consulta.',
  ],
  form: 'booking',
  gallery: [
    ['A calm, modern waiting room', 'Sala de espera tranquila e moderna'],
    ['A treatment room with modern equipment', 'Consultório com equipamentos modernos'],
    ['The care team in conversation', 'A equipe conversando no consultório'],
  ],
  plans: [],
};

export const professionalFamily: FamilyCopy = {
  stats: [
    { value: ['20+', '20+'], label: ['years of experience', 'anos de experiência'] },
    { value: ['1,200', '1.200'], label: ['clients served', 'clientes atendidos'] },
    { value: ['98%', '98%'], label: ['would recommend us', 'nos recomendariam'] },
  ],
  faq: [
    {
      q: ['How does the first meeting work?', 'Como funciona o primeiro contato?'],
      a: [
        'We start with a no-obligation conversation to understand your situation. Then we send a clear proposal with scope, timeline and fees.',
        'Começamos com uma conversa sem compromisso para entender sua situação. Depois enviamos uma proposta clara, com escopo, prazos e honorários.',
      ],
    },
    {
      q: ['Can we meet online?', 'O atendimento pode ser online?'],
      a: [
        'Yes. We meet in person or by video call, whichever suits you best.',
        'Sim. Atendemos presencialmente ou por videochamada, como for melhor para você.',
      ],
    },
  ],
  cta: {
    title: ['Let’s talk about your case', 'Vamos conversar sobre o seu caso'],
    text: [
      'A first conversation, without obligation, to understand your case.',
      'Uma primeira conversa, sem compromisso, para entender o seu caso.',
    ],
    button: ['Book a call', 'Agendar conversa'],
  },
  formalHero: {
    title: ['Trusted advice at {name}', 'Assessoria de confiança {no} {name}'],
    subtitle: [
      '{Label}{inPlace} offering technical rigour, discretion and personalised service to individuals and companies.',
      '{Label}{inPlace} com rigor técnico, sigilo e atendimento personalizado para pessoas e empresas.',
    ],
  },
  formalCta: {
    title: ['Request a consultation', 'Solicite uma consulta'],
    text: [
      'Our team will contact you to understand your needs and present the best solution.',
      'Nossa equipe entrará em contato para compreender sua necessidade e apresentar a melhor solução.',
    ],
    button: ['Book a consultation', 'Solicitar consulta'],
  },
  contactAction: ['Schedule a meeting', 'Agendar reunião'],
  contactIntro: [
    'Tell us briefly about your situation; we will reply as soon as we can, in full confidence.',
    'Conte brevemente sua situação; respondemos o quanto antes, com total sigilo.',
  ],
  form: 'message',
  gallery: [
    ['A bright meeting room', 'Sala de reuniões iluminada'],
    ['Documents and a laptop on a desk', 'Documentos e notebook sobre a mesa'],
    ['The team in a meeting', 'A equipe em reunião'],
  ],
  plans: [],
};

export const creativeFamily: FamilyCopy = {
  stats: [
    { value: ['300+', '300+'], label: ['projects delivered', 'projetos entregues'] },
    { value: ['12', '12'], label: ['years of practice', 'anos de estrada'] },
    { value: ['5★', '5★'], label: ['average rating', 'avaliação média'] },
  ],
  faq: [
    {
      q: ['How far in advance should I book?', 'Com quanta antecedência devo reservar?'],
      a: [
        'As early as you can: popular dates fill up months ahead. Send us your date and we will check availability.',
        'O quanto antes: as datas mais procuradas fecham com meses de antecedência. Mande a sua data que verificamos a disponibilidade.',
      ],
    },
    {
      q: ['Do you travel?', 'Vocês atendem em outras cidades?'],
      a: [
        'Yes. Travel costs are agreed in advance and included in the proposal.',
        'Sim. Os custos de deslocamento são combinados antes e já entram na proposta.',
      ],
    },
  ],
  cta: {
    title: ['Let’s create something together', 'Vamos criar algo juntos'],
    text: ['Tell us about your idea and we will send you a proposal.', 'Conte sua ideia e enviamos uma proposta.'],
    button: ['Request a proposal', 'Pedir proposta'],
  },
  formalHero: {
    title: ['Distinctive work by {name}', 'Trabalho autoral com a assinatura {do} {name}'],
    subtitle: [
      '{Label}{inPlace} with a careful process, clear communication and meticulous delivery.',
      '{Label}{inPlace} com processo cuidadoso, comunicação transparente e entregas impecáveis.',
    ],
  },
  formalCta: {
    title: ['Ask for a tailored proposal', 'Solicite uma proposta'],
    text: [
      'Share the details of your project and we will present a tailored proposal.',
      'Compartilhe os detalhes do seu projeto e apresentaremos uma proposta sob medida.',
    ],
    button: ['Get a proposal', 'Solicitar proposta'],
  },
  contactAction: ['Check availability', 'Consultar disponibilidade'],
  contactIntro: [
    'Tell us about your project, the date and the place; we will reply as soon as we can.',
    'Conte sobre o seu projeto, a data e o local; respondemos o quanto antes.',
  ],
  form: 'quote',
  gallery: [
    ['A selection of recent work', 'Uma seleção de trabalhos recentes'],
    ['Behind the scenes of a project', 'Bastidores de um projeto'],
    ['Details that make the difference', 'Detalhes que fazem a diferença'],
  ],
  plans: [],
};
