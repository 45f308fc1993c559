import type { KindCopy } from '../types';

export const dentistCopy: KindCopy = {
  names: [
    ['Bright Smile Dental', 'Clínica Sorriso Claro'],
    ['Gentle Care Dentistry', 'Odonto Cuidar'],
  ],
  heroes: [
    {
      title: ['A smile you will want to show', 'Um sorriso que dá vontade de mostrar'],
      subtitle: [
        'Gentle, modern dentistry for the whole family at {name}.',
        'Odontologia moderna e sem sustos para toda a família {no} {name}.',
      ],
    },
    {
      title: ['Dental care without fear{inPlace}', 'Dentista sem medo{inPlace}'],
      subtitle: [
        'A calm clinic, careful explanations and treatments planned around you.',
        'Clínica tranquila, explicações claras e tratamentos planejados para você.',
      ],
    },
    {
      title: ['Healthy teeth, confident smile', 'Dentes saudáveis, sorriso confiante'],
      subtitle: [
        '{Label}{inPlace} with experienced dentists and modern technology.',
        '{Label}{inPlace} com dentistas experientes e tecnologia moderna.',
      ],
    },
  ],
  action: ['See treatments', 'Ver tratamentos'],
  features: [
    {
      icon: 'heart',
      title: ['Gentle care', 'Atendimento humanizado'],
      text: [
        'We explain every step and go at your pace, especially if you are nervous.',
        'Explicamos cada etapa e respeitamos o seu tempo, principalmente se você tem medo de dentista.',
      ],
    },
    {
      icon: 'spark',
      title: ['Modern technology', 'Tecnologia moderna'],
      text: [
        'Digital X-rays and intraoral scanning for precise, comfortable treatment.',
        'Raio-X digital e escaneamento intraoral para tratamentos precisos e confortáveis.',
      ],
    },
    {
      icon: 'shield',
      title: ['Strict sterilisation', 'Biossegurança rigorosa'],
      text: ['Instruments sterilised and traced for every patient.', 'Instrumentais esterilizados e rastreados para cada paciente.'],
    },
    {
      icon: 'check',
      title: ['Clear treatment plans', 'Plano de tratamento claro'],
      text: [
        'You know the steps, the timeline and the cost before we begin.',
        'Você conhece as etapas, o prazo e o valor antes de começar.',
      ],
    },
  ],
  offersTitle: ['Treatments', 'Tratamentos'],
  offersIntro: ['From check-ups to complete smile makeovers.', 'Do check-up à reabilitação completa do sorriso.'],
  offers: [
    {
      title: ['Check-up and cleaning', 'Consulta e limpeza'],
      text: ['A thorough exam and professional cleaning, twice a year.', 'Avaliação completa e limpeza profissional, duas vezes por ano.'],
    },
    {
      title: ['Teeth whitening', 'Clareamento dental'],
      text: ['In-clinic or take-home whitening, safe and supervised.', 'Clareamento no consultório ou caseiro, seguro e supervisionado.'],
      match: /clareament|whiten|blanquea/,
    },
    {
      title: ['Orthodontics', 'Ortodontia'],
      text: ['Braces and clear aligners for children and adults.', 'Aparelhos fixos e alinhadores transparentes para crianças e adultos.'],
      match: /ortodont|orthodont|aparelho|braces|aligner|alinhador/,
    },
    {
      title: ['Dental implants', 'Implantes dentários'],
      text: ['Natural-looking, long-lasting tooth replacement.', 'Reposição dos dentes com aparência natural e longa duração.'],
      match: /implant/,
    },
    {
      title: ['Children’s dentistry', 'Odontopediatria'],
      text: ['Friendly first visits that build good habits early.', 'Primeiras consultas tranquilas que criam bons hábitos desde cedo.'],
      match: /odontopediatr|infantil|kids|children|ninos/,
    },
    {
      title: ['Emergency care', 'Atendimento de urgência'],
      text: [
        'Toothache or a broken tooth? Call us and we will see you quickly.',
        'Dor de dente ou dente quebrado? Ligue e atendemos você rapidinho.',
      ],
      match: /urgenc|emergenc/,
    },
  ],
  about: [
    '{name} was founded to make going to the dentist a calm, even pleasant, experience.\n\nOur team combines years of clinical experience with modern technology, and we take time to listen. Every treatment is planned with you, step by step.',
    '{O} {name} nasceu para tornar a ida ao dentista uma experiência tranquila, e até agradável.\n\nNossa equipe une anos de experiência clínica a tecnologia moderna, e faz questão de ouvir. Cada tratamento é planejado com você, passo a passo.',
  ],
  quotes: [
    {
      quote: [
        'I was terrified of dentists. Here I finally relaxed, and my treatment was painless.',
        'Eu morria de medo de dentista. Aqui finalmente relaxei, e o tratamento foi sem dor.',
      ],
      role: ['Patient since 2022', 'Paciente desde 2022'],
    },
    {
      quote: ['My children actually look forward to their check-ups.', 'Meus filhos até gostam de ir às consultas.'],
      role: ['Mother of two', 'Mãe de dois'],
      gender: 'f',
    },
    {
      quote: [
        'Clear explanations, fair prices and a beautiful result with my aligners.',
        'Explicações claras, preço justo e um resultado lindo com os alinhadores.',
      ],
      role: ['Orthodontic patient', 'Paciente de ortodontia'],
    },
  ],
  faq: [
    {
      q: ['Does treatment hurt?', 'O tratamento dói?'],
      a: [
        'We use modern anaesthesia and gentle techniques. Tell us if you are anxious and we will go at your pace.',
        'Usamos anestesia moderna e técnicas suaves. Se você tiver receio, é só avisar que respeitamos o seu tempo.',
      ],
    },
    {
      q: ['Can I pay for treatment in instalments?', 'Posso parcelar o tratamento?'],
      a: [
        'Ask us: we explain the payment options for each treatment plan.',
        'Pergunte: explicamos as formas de pagamento de cada plano de tratamento.',
      ],
    },
  ],
  team: [
    { role: ['Clinical director', 'Direção clínica'] },
    { role: ['Orthodontics', 'Ortodontia'] },
    { role: ['Implants and prosthetics', 'Implantes e prótese'] },
  ],
  headings: { testimonials: ['What our patients say', 'O que dizem nossos pacientes'] },
};

export const clinicCopy: KindCopy = {
  names: [
    ['Greenfield Health Clinic', 'Clínica Viver Bem'],
    ['CareFirst Medical', 'Clínica Cuidar Mais'],
  ],
  heroes: [
    {
      title: ['Care that listens', 'Cuidado que começa pela escuta'],
      subtitle: [
        'Experienced doctors, unhurried appointments and follow-up you can count on at {name}.',
        'Médicos experientes, consultas sem pressa e acompanhamento de verdade {no} {name}.',
      ],
    },
    {
      title: ['Your health in good hands{inPlace}', 'Sua saúde em boas mãos{inPlace}'],
      subtitle: [
        'Several specialties in one place, with easy booking and attentive care.',
        'Várias especialidades em um só lugar, com agendamento fácil e atendimento atencioso.',
      ],
    },
    {
      title: ['Health care, close to you', 'Saúde perto de você'],
      subtitle: [
        '{Label}{inPlace} with a qualified team and modern facilities.',
        '{Label}{inPlace} com equipe qualificada e estrutura moderna.',
      ],
    },
  ],
  action: ['See specialties', 'Ver especialidades'],
  features: [
    {
      icon: 'heart',
      title: ['Unhurried appointments', 'Consultas sem pressa'],
      text: ['Time to listen, examine and explain.', 'Tempo para ouvir, examinar e explicar.'],
    },
    {
      icon: 'clock',
      title: ['Easy booking', 'Agendamento simples'],
      text: ['Book online or by phone, at a time that suits you.', 'Agende online ou por telefone, no horário que for melhor para você.'],
    },
    {
      icon: 'shield',
      title: ['Trusted professionals', 'Profissionais de confiança'],
      text: ['Registered specialists with years of experience.', 'Especialistas registrados e com anos de experiência.'],
    },
  ],
  offersTitle: ['Specialties', 'Especialidades'],
  offersIntro: ['Consultations, tests and follow-up in one place.', 'Consultas, exames e acompanhamento em um só lugar.'],
  offers: [
    {
      title: ['General practice', 'Clínica geral'],
      text: [
        'Check-ups, prevention and a first look at any health concern.',
        'Check-up, prevenção e o primeiro olhar para qualquer queixa.',
      ],
    },
    {
      title: ['Paediatrics', 'Pediatria'],
      text: ['Care for babies, children and teenagers.', 'Cuidado para bebês, crianças e adolescentes.'],
      match: /pediatr|paediatr|kids|children|crianca/,
    },
    {
      title: ['Dermatology', 'Dermatologia'],
      text: [
        'Skin, hair and nail health, including check-ups for moles.',
        'Saúde da pele, cabelos e unhas, incluindo avaliação de pintas.',
      ],
      match: /dermatolog|pele|skin/,
    },
    {
      title: ['Cardiology', 'Cardiologia'],
      text: ['Heart check-ups, ECG and blood pressure follow-up.', 'Avaliação do coração, eletrocardiograma e controle da pressão.'],
      match: /cardiolog|heart|coracao/,
    },
    {
      title: ['Physiotherapy', 'Fisioterapia'],
      text: ['Rehabilitation and pain relief with personalised sessions.', 'Reabilitação e alívio da dor com sessões personalizadas.'],
      match: /fisioterap|physio/,
    },
    {
      title: ['Psychology', 'Psicologia'],
      text: [
        'Therapy for adults, couples and teenagers, in person or online.',
        'Terapia para adultos, casais e adolescentes, presencial ou online.',
      ],
      match: /psicolog|psycholog|therap|terap/,
    },
    {
      title: ['Nutrition', 'Nutrição'],
      text: ['Eating plans that fit your life and your goals.', 'Planos alimentares que cabem na sua rotina e nos seus objetivos.'],
      match: /nutri/,
    },
  ],
  about: [
    '{name} brings together specialists who believe good medicine starts with a good conversation.\n\nWe offer unhurried consultations, clear explanations and follow-up over time, because your health is more than a single appointment.',
    '{O} {name} reúne especialistas que acreditam que a boa medicina começa com uma boa conversa.\n\nOferecemos consultas sem pressa, explicações claras e acompanhamento ao longo do tempo, porque a sua saúde é mais do que uma consulta.',
  ],
  quotes: [
    {
      quote: ['For the first time, a doctor really listened to me.', 'Pela primeira vez, um médico me ouviu de verdade.'],
      role: ['Patient since 2021', 'Paciente desde 2021'],
    },
    {
      quote: ['Easy to book, always on time and a lovely team.', 'Fácil de agendar, sempre no horário e uma equipe muito querida.'],
      role: ['Comes for check-ups', 'Vem para o check-up'],
    },
    {
      quote: ['The paediatrician is wonderful with my kids.', 'A pediatra é maravilhosa com meus filhos.'],
      role: ['Father of two', 'Pai de dois'],
      gender: 'm',
    },
  ],
  faq: [
    {
      q: ['Do you offer online appointments?', 'Vocês fazem teleconsulta?'],
      a: [
        'Yes, for follow-ups and some specialties. Ask us when you book.',
        'Sim, para retornos e algumas especialidades. Pergunte ao agendar.',
      ],
    },
    {
      q: ['How do I get my test results?', 'Como recebo os resultados dos exames?'],
      a: [
        'We send them securely by email and go through them with you at your follow-up.',
        'Enviamos com segurança por e-mail e explicamos tudo no retorno.',
      ],
    },
  ],
  team: [
    { role: ['Clinical director', 'Direção clínica'] },
    { role: ['General practice', 'Clínica geral'] },
    { role: ['Paediatrics', 'Pediatria'] },
  ],
  headings: { testimonials: ['What our patients say', 'O que dizem nossos pacientes'], team: ['Our doctors', 'Nosso corpo clínico'] },
};

export const vetCopy: KindCopy = {
  names: [
    ['Happy Paws Vet Clinic', 'Clínica Veterinária Patinhas'],
    ['Four Legs Animal Care', 'Vet Quatro Patas'],
  ],
  heroes: [
    {
      title: ['Loving care for your best friend', 'Cuidado com amor para o seu melhor amigo'],
      subtitle: [
        'Check-ups, vaccines, surgery and a lot of affection at {name}.',
        'Consultas, vacinas, cirurgias e muito carinho {no} {name}.',
      ],
    },
    {
      title: ['Healthy pets, happy homes{inPlace}', 'Pet saudável, casa feliz{inPlace}'],
      subtitle: [
        'Experienced vets who treat every animal like family.',
        'Veterinários experientes que tratam cada animal como da família.',
      ],
    },
    {
      title: ['Because they are family', 'Porque eles são da família'],
      subtitle: ['{Label}{inPlace} for dogs, cats and small pets.', '{Label}{inPlace} para cães, gatos e pets de pequeno porte.'],
    },
  ],
  action: ['See services', 'Ver serviços'],
  features: [
    {
      icon: 'heart',
      title: ['Fear-free handling', 'Atendimento sem estresse'],
      text: ['Calm rooms and gentle handling to keep visits stress-free.', 'Salas tranquilas e manejo gentil para a consulta ser leve.'],
    },
    {
      icon: 'shield',
      title: ['Complete care', 'Estrutura completa'],
      text: ['Lab tests, imaging and surgery under one roof.', 'Exames, imagem e cirurgia no mesmo lugar.'],
    },
    {
      icon: 'chat',
      title: ['We keep you posted', 'Você sempre informado'],
      text: ['Updates and photos while your pet is with us.', 'Notícias e fotos enquanto seu pet está com a gente.'],
    },
  ],
  offersTitle: ['Services', 'Serviços'],
  offersIntro: [
    'Everything your pet needs, from the first vaccine to old age.',
    'Tudo o que seu pet precisa, da primeira vacina à melhor idade.',
  ],
  offers: [
    {
      title: ['Consultations', 'Consultas'],
      text: ['Check-ups and diagnosis for dogs, cats and small pets.', 'Check-up e diagnóstico para cães, gatos e pets de pequeno porte.'],
    },
    {
      title: ['Vaccines', 'Vacinação'],
      text: ['Up-to-date vaccination plans and reminders.', 'Protocolos de vacinação em dia, com lembretes.'],
    },
    {
      title: ['Surgery', 'Cirurgia'],
      text: ['Neutering and soft-tissue surgery with careful monitoring.', 'Castração e cirurgias com monitoramento cuidadoso.'],
    },
    {
      title: ['Lab tests and imaging', 'Exames laboratoriais e de imagem'],
      text: ['Blood tests, ultrasound and X-ray with fast results.', 'Exames de sangue, ultrassom e raio-X com resultado rápido.'],
    },
    {
      title: ['Dental care', 'Odontologia veterinária'],
      text: ['Cleaning and treatment for healthy teeth and fresh breath.', 'Limpeza e tratamento para dentes saudáveis e hálito fresco.'],
    },
  ],
  about: [
    '{name} was founded by vets who grew up surrounded by animals.\n\nWe treat every patient with patience and every owner with honesty, explaining each step so you can make the best decision for your pet.',
    '{O} {name} foi fundada por veterinários que cresceram rodeados de bichos.\n\nTratamos cada paciente com paciência e cada tutor com sinceridade, explicando cada etapa para você tomar a melhor decisão pelo seu pet.',
  ],
  quotes: [
    {
      quote: [
        'They saved our dog after an emergency at night. We are forever grateful.',
        'Salvaram nosso cachorro numa emergência de madrugada. Seremos eternamente gratos.',
      ],
      role: ['Owner of Thor', 'Tutor do Thor'],
      gender: 'm',
    },
    {
      quote: ['My cat hates the vet, but here she stays calm.', 'Minha gata odeia veterinário, mas aqui ela fica tranquila.'],
      role: ['Owner of Mia', 'Tutora da Mia'],
      gender: 'f',
    },
    {
      quote: [
        'Honest advice and fair prices. We would not go anywhere else.',
        'Orientação sincera e preço justo. Não vamos a nenhum outro lugar.',
      ],
      role: ['Client since 2020', 'Clientes desde 2020'],
    },
  ],
  faq: [
    {
      q: ['Do you see exotic pets?', 'Vocês atendem animais exóticos?'],
      a: [
        'We see dogs, cats, rabbits and small rodents. For other species, ask us first.',
        'Atendemos cães, gatos, coelhos e pequenos roedores. Para outras espécies, consulte antes.',
      ],
    },
    {
      q: ['What should I bring to the first visit?', 'O que levar na primeira consulta?'],
      a: ['Your pet’s vaccination card and any previous test results.', 'A carteirinha de vacinação e exames anteriores, se tiver.'],
    },
  ],
  team: [
    { role: ['Clinical director', 'Direção clínica'] },
    { role: ['Surgery', 'Cirurgia'] },
    { role: ['Feline medicine', 'Medicina felina'] },
  ],
  headings: { team: ['Our vets', 'Nossos veterinários'] },
};

export const petCopy: KindCopy = {
  names: [
    ['Wag & Whiskers', 'Pet Shop Focinho Feliz'],
    ['The Happy Pet Co.', 'Bicho Mimado Pet'],
  ],
  heroes: [
    {
      title: ['Everything your pet loves', 'Tudo o que o seu pet ama'],
      subtitle: [
        'Grooming, quality food and toys, with lots of care, at {name}.',
        'Banho e tosa, ração de qualidade e brinquedos, com muito carinho, {no} {name}.',
      ],
    },
    {
      title: ['Clean, happy and spoiled{inPlace}', 'Cheiroso, feliz e mimado{inPlace}'],
      subtitle: [
        'Gentle grooming and friendly people who love animals as much as you do.',
        'Banho e tosa com cuidado e gente que ama os bichos tanto quanto você.',
      ],
    },
  ],
  action: ['See services', 'Ver serviços'],
  features: [
    {
      icon: 'heart',
      title: ['Gentle grooming', 'Banho e tosa com carinho'],
      text: [
        'Patient groomers, hypoallergenic products and no rushing.',
        'Profissionais pacientes, produtos hipoalergênicos e sem pressa.',
      ],
    },
    {
      icon: 'truck',
      title: ['Pick-up and drop-off', 'Leva e traz'],
      text: ['We collect your pet and bring them home fresh and happy.', 'Buscamos seu pet em casa e devolvemos cheiroso e feliz.'],
    },
    {
      icon: 'star',
      title: ['Quality food and treats', 'Rações e petiscos de qualidade'],
      text: [
        'Trusted brands and advice on the right food for every age.',
        'Marcas confiáveis e orientação sobre a ração certa para cada idade.',
      ],
    },
  ],
  offersTitle: ['Services and prices', 'Serviços e preços'],
  offersIntro: ['Prices vary with size and coat type.', 'Os valores variam conforme o porte e o tipo de pelo.'],
  offers: [
    {
      title: ['Bath', 'Banho'],
      text: ['Bath, blow-dry, nail trim and ear cleaning.', 'Banho, secagem, corte de unhas e limpeza de ouvidos.'],
      price: 15,
      from: true,
    },
    {
      title: ['Bath and full groom', 'Banho e tosa'],
      text: ['A breed cut or a tidy trim, as you prefer.', 'Tosa da raça ou tosa higiênica, como você preferir.'],
      price: 28,
      from: true,
    },
    {
      title: ['Day care', 'Creche'],
      text: ['Play, rest and supervision while you work.', 'Brincadeira, descanso e supervisão enquanto você trabalha.'],
      price: 20,
      from: true,
    },
    {
      title: ['Dog walking', 'Passeios'],
      text: ['Daily walks with small groups or one-to-one.', 'Passeios diários em grupos pequenos ou individuais.'],
      price: 10,
      from: true,
    },
  ],
  about: [
    '{name} started with a simple promise: to treat every pet as if it were our own.\n\nOur team loves animals and is trained to care for them calmly and safely, from the first bath to the last treat.',
    '{O} {name} começou com uma promessa simples: tratar cada pet como se fosse nosso.\n\nNossa equipe ama bichos e é treinada para cuidar deles com calma e segurança, do primeiro banho ao último petisco.',
  ],
  quotes: [
    {
      quote: ['My dog runs in happily every time. That says it all.', 'Meu cachorro entra todo feliz toda vez. Isso diz tudo.'],
      role: ['Owner of Bolt', 'Tutora do Bolt'],
      gender: 'f',
    },
    {
      quote: ['The pick-up service saves my week.', 'O leva e traz salva a minha semana.'],
      role: ['Owner of Luna', 'Tutor da Luna'],
      gender: 'm',
    },
    {
      quote: ['Careful grooming and they always send photos.', 'Tosa caprichada e eles sempre mandam fotos.'],
      role: ['Customer since 2022', 'Cliente desde 2022'],
    },
  ],
  faq: [
    {
      q: ['Do I need to book grooming?', 'Preciso agendar o banho?'],
      a: [
        'Yes, so your pet does not have to wait. Book through the form or by phone.',
        'Sim, para o seu pet não precisar esperar. Agende pelo formulário ou pelo telefone.',
      ],
    },
    {
      q: ['Do you groom cats?', 'Vocês dão banho em gatos?'],
      a: ['Yes, in a quiet time slot just for them.', 'Sim, em um horário tranquilo só para eles.'],
    },
  ],
};
