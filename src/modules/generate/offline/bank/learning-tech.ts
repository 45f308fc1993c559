import type { KindCopy } from '../types';

export const schoolCopy: KindCopy = {
  names: [
    ['Bright Minds Learning Centre', 'Escola Mente Brilhante'],
    ['Open Book School', 'Escola Livro Aberto'],
  ],
  heroes: [
    {
      title: ['Learning that sticks', 'Aprender de verdade, com prazer'],
      subtitle: [
        'Small classes, dedicated teachers and a method that gets results at {name}.',
        'Turmas pequenas, professores dedicados e um método que dá resultado {no} {name}.',
      ],
    },
    {
      title: ['Where curiosity grows{inPlace}', 'Onde a curiosidade cresce{inPlace}'],
      subtitle: ['Courses and classes for every age, in person and online.', 'Cursos e aulas para todas as idades, presenciais e online.'],
    },
    {
      title: ['Your next step starts here', 'Seu próximo passo começa aqui'],
      subtitle: [
        '{Label}{inPlace} with experienced teachers and close follow-up of every student.',
        '{Label}{inPlace} com professores experientes e acompanhamento próximo de cada aluno.',
      ],
    },
  ],
  action: ['See courses', 'Ver cursos'],
  features: [
    {
      icon: 'heart',
      title: ['Small classes', 'Turmas pequenas'],
      text: ['Small classes, so every question gets an answer.', 'Turmas pequenas, para toda dúvida ter resposta.'],
    },
    {
      icon: 'star',
      title: ['Experienced teachers', 'Professores experientes'],
      text: [
        'Qualified teachers who love teaching and keep learning.',
        'Professores qualificados, apaixonados por ensinar e sempre se atualizando.',
      ],
    },
    {
      icon: 'check',
      title: ['Progress you can see', 'Evolução acompanhada'],
      text: ['Regular feedback and reports for students and families.', 'Avaliações frequentes e relatórios para alunos e famílias.'],
    },
    {
      icon: 'globe',
      title: ['In person or online', 'Presencial ou online'],
      text: ['Choose the format that suits your routine.', 'Escolha o formato que combina com a sua rotina.'],
    },
  ],
  offersTitle: ['Courses and plans', 'Cursos e planos'],
  offersIntro: ['Ask us about fees, enrolment and a trial class.', 'Pergunte sobre mensalidades, matrícula e aula experimental.'],
  offers: [
    {
      title: ['Languages', 'Idiomas'],
      text: ['Language courses for children, teens and adults.', 'Cursos de idiomas para crianças, adolescentes e adultos.'],
      match: /idioma|ingles|english|language|espanhol|spanish/,
    },
    {
      title: ['School support', 'Reforço escolar'],
      text: ['Help with homework, tests and study habits.', 'Ajuda com lição de casa, provas e hábitos de estudo.'],
      match: /reforco|tutor|homework|escolar/,
    },
    {
      title: ['Exam preparation', 'Preparatório para provas'],
      text: ['Focused preparation for entrance exams and certificates.', 'Preparação focada para vestibular, Enem e certificações.'],
      match: /vestibular|enem|exam|prova|concurso/,
    },
    {
      title: ['Music lessons', 'Aulas de música'],
      text: ['Guitar, piano and singing for every level.', 'Violão, piano e canto para todos os níveis.'],
      match: /music|musica|violao|piano|guitar/,
    },
  ],
  plans: [
    {
      name: ['Once a week', 'Uma vez por semana'],
      price: 60,
      period: ['/month', '/mês'],
      description: ['A steady start.', 'Um começo no seu ritmo.'],
      features: [
        ['4 classes a month', '4 aulas por mês'],
        ['Materials included', 'Material incluso'],
      ],
    },
    {
      name: ['Twice a week', 'Duas vezes por semana'],
      price: 100,
      period: ['/month', '/mês'],
      description: ['Our most popular plan.', 'O plano mais escolhido.'],
      features: [
        ['8 classes a month', '8 aulas por mês'],
        ['Materials included', 'Material incluso'],
        ['Monthly progress report', 'Relatório mensal de evolução'],
      ],
      featured: true,
    },
    {
      name: ['Private lessons', 'Aulas particulares'],
      price: 30,
      period: ['/hour', '/hora'],
      description: ['One-to-one, on your schedule.', 'Individuais, no seu horário.'],
      features: [
        ['Personalised plan', 'Plano personalizado'],
        ['In person or online', 'Presencial ou online'],
      ],
    },
  ],
  about: [
    '{name} was founded by teachers who believe everyone can learn, with the right support.\n\nWe keep classes small, get to know every student and work closely with families, so progress is steady and learning stays enjoyable.',
    '{O} {name} foi fundada por professores que acreditam que todo mundo pode aprender, com o apoio certo.\n\nMantemos turmas pequenas, conhecemos cada aluno e trabalhamos junto com as famílias, para a evolução ser constante e o aprendizado continuar gostoso.',
  ],
  quotes: [
    {
      quote: [
        'My son’s grades went up and, even better, he enjoys studying now.',
        'As notas do meu filho melhoraram e, melhor ainda, agora ele gosta de estudar.',
      ],
      role: ['Mother of a student', 'Mãe de aluno'],
      gender: 'f',
    },
    {
      quote: [
        'I passed my English exam on the first try thanks to the teachers here.',
        'Passei na prova de inglês de primeira graças aos professores daqui.',
      ],
      role: ['Adult student', 'Aluno adulto'],
      gender: 'm',
    },
    {
      quote: ['Patient teachers and a welcoming atmosphere.', 'Professores pacientes e um ambiente acolhedor.'],
      role: ['Student since 2022', 'Aluna desde 2022'],
      gender: 'f',
    },
  ],
  faq: [
    {
      q: ['Is there a placement test?', 'Tem teste de nivelamento?'],
      a: ['Yes, so you start in the right class. Ask us how it works.', 'Sim, para você começar na turma certa. Pergunte como funciona.'],
    },
    {
      q: ['What happens if I miss a class?', 'E se eu faltar a uma aula?'],
      a: ['Tell us in advance and we will look for a way to make it up.', 'Avise com antecedência que procuramos uma forma de repor.'],
    },
  ],
  team: [
    { role: ['Academic director', 'Coordenação pedagógica'] },
    { role: ['Languages', 'Idiomas'] },
    { role: ['Maths and sciences', 'Matemática e ciências'] },
  ],
  headings: { team: ['Our teachers', 'Nossos professores'], pricing: ['Courses and plans', 'Cursos e planos'] },
};

export const agencyCopy: KindCopy = {
  names: [
    ['Pixel & Pine Studio', 'Agência Pixel & Pinho'],
    ['Northlight Digital', 'Farol Digital'],
  ],
  heroes: [
    {
      title: ['Digital that drives results', 'Digital que gera resultado'],
      subtitle: [
        'Websites, brands and campaigns by {name}, designed to grow your business.',
        'Sites, marcas e campanhas pela {name}, pensados para fazer o seu negócio crescer.',
      ],
    },
    {
      title: ['Your brand, online and growing{inPlace}', 'Sua marca no digital, crescendo{inPlace}'],
      subtitle: [
        'Strategy, design and technology under one roof, with a team that treats your goals as its own.',
        'Estratégia, design e tecnologia no mesmo lugar, com uma equipe que veste a camisa do seu objetivo.',
      ],
    },
    {
      title: ['Ideas that perform', 'Ideias que performam'],
      subtitle: [
        '{Label}{inPlace} for businesses that want to stand out and sell more.',
        '{Label}{inPlace} para negócios que querem se destacar e vender mais.',
      ],
    },
  ],
  action: ['See services', 'Ver serviços'],
  features: [
    {
      icon: 'spark',
      title: ['Strategy first', 'Estratégia primeiro'],
      text: ['We start with your goals, not with a template.', 'Começamos pelos seus objetivos, não por um modelo pronto.'],
    },
    {
      icon: 'chat',
      title: ['One point of contact', 'Um só ponto de contato'],
      text: ['A dedicated manager who speaks your language.', 'Um gerente dedicado que fala a sua língua.'],
    },
    {
      icon: 'check',
      title: ['Measurable results', 'Resultados mensuráveis'],
      text: ['Clear reports every month, with numbers that matter.', 'Relatórios claros todo mês, com números que importam.'],
    },
  ],
  offersTitle: ['What we do', 'O que fazemos'],
  offersIntro: [
    'End-to-end digital services, or exactly the piece you need.',
    'Serviços digitais de ponta a ponta, ou só a parte de que você precisa.',
  ],
  offers: [
    {
      title: ['Websites and online stores', 'Sites e lojas virtuais'],
      text: ['Fast, beautiful sites that turn visitors into customers.', 'Sites rápidos e bonitos que transformam visitantes em clientes.'],
      match: /site|web|loja virtual|e-?commerce/,
    },
    {
      title: ['Branding', 'Branding'],
      text: ['Names, logos and visual identities with personality.', 'Nomes, logos e identidades visuais com personalidade.'],
      match: /brand|marca|logo|identidade/,
    },
    {
      title: ['Social media', 'Redes sociais'],
      text: ['Content and management that build a real community.', 'Conteúdo e gestão que constroem uma comunidade de verdade.'],
      match: /social|instagram|redes/,
    },
    {
      title: ['Paid ads and SEO', 'Tráfego pago e SEO'],
      text: [
        'Campaigns and search optimisation that bring the right people.',
        'Campanhas e otimização para busca que atraem as pessoas certas.',
      ],
      match: /trafego|ads|seo|anuncio|marketing/,
    },
    {
      title: ['Custom software', 'Software sob medida'],
      text: ['Apps and systems built around your processes.', 'Aplicativos e sistemas feitos para os seus processos.'],
      match: /software|app|aplicativo|sistema/,
    },
  ],
  about: [
    '{name} is a team of strategists, designers and developers who love solving problems for real businesses.\n\nWe work in short cycles, show progress every week and measure everything, so you always know what your investment is bringing back.',
    'A {name} é um time de estrategistas, designers e desenvolvedores que ama resolver problemas de negócios reais.\n\nTrabalhamos em ciclos curtos, mostramos avanços toda semana e medimos tudo, para você sempre saber o retorno do seu investimento.',
  ],
  quotes: [
    {
      quote: ['Our new website doubled the leads in three months.', 'Nosso site novo dobrou os contatos em três meses.'],
      role: ['Marketing manager', 'Gerente de marketing'],
    },
    {
      quote: ['They understood our business better than we did.', 'Entenderam o nosso negócio melhor do que a gente.'],
      role: ['Founder of a retail brand', 'Fundadora de marca de varejo'],
      gender: 'f',
    },
    {
      quote: ['Fast, creative and always available.', 'Ágeis, criativos e sempre disponíveis.'],
      role: ['Client since 2021', 'Cliente desde 2021'],
    },
  ],
  faq: [
    {
      q: ['How much does a website cost?', 'Quanto custa um site?'],
      a: [
        'It depends on the scope. After a short call we send a fixed-price proposal.',
        'Depende do escopo. Depois de uma conversa rápida, enviamos uma proposta com valor fechado.',
      ],
    },
    {
      q: ['Will I be able to update the site myself?', 'Vou conseguir atualizar o site sozinho?'],
      a: ['Yes. We hand over an easy editor and a short training session.', 'Sim. Entregamos um editor fácil e um treinamento rápido.'],
    },
  ],
};

export const startupCopy: KindCopy = {
  names: [
    ['Flowdesk', 'Fluxo'],
    ['Tidy App', 'Organiza'],
  ],
  heroes: [
    {
      title: ['Work simpler, grow faster', 'Trabalhe com menos esforço, cresça mais rápido'],
      subtitle: [
        '{name} brings your tasks, clients and numbers together in one simple place.',
        '{name} reúne suas tarefas, seus clientes e seus números em um só lugar, sem complicação.',
      ],
    },
    {
      title: ['The tool your team will actually use', 'A ferramenta que sua equipe vai querer usar'],
      subtitle: [
        'Set up in minutes, no training required, and support from real people.',
        'Configuração em minutos, sem treinamento e com suporte de gente de verdade.',
      ],
    },
    {
      title: ['Less busywork, more results', 'Menos burocracia, mais resultado'],
      subtitle: [
        '{name} automates the repetitive part of your day so you can focus on what matters.',
        '{name} automatiza a parte repetitiva do seu dia para você focar no que importa.',
      ],
    },
  ],
  action: ['See plans', 'Ver planos'],
  features: [
    {
      icon: 'spark',
      title: ['Set up in minutes', 'Pronto em minutos'],
      text: ['Import your data and start working the same day.', 'Importe seus dados e comece a usar no mesmo dia.'],
    },
    {
      icon: 'check',
      title: ['Automations', 'Automações'],
      text: ['Reminders, reports and follow-ups that run on their own.', 'Lembretes, relatórios e follow-ups que rodam sozinhos.'],
    },
    {
      icon: 'shield',
      title: ['Secure by default', 'Segurança de verdade'],
      text: [
        'Access control and care with your data from day one.',
        'Controle de acesso e cuidado com os seus dados desde o primeiro dia.',
      ],
    },
    {
      icon: 'chat',
      title: ['Human support', 'Suporte humano'],
      text: ['Real people answer your questions.', 'Pessoas de verdade respondem às suas dúvidas.'],
    },
  ],
  offersTitle: ['Simple pricing', 'Planos simples'],
  offersIntro: ['See how it fits your work: ask us for a demo.', 'Veja como funciona no seu dia a dia: peça uma demonstração.'],
  offers: [
    { title: ['Dashboard', 'Painel'], text: ['Everything important at a glance.', 'Tudo o que importa em uma só tela.'] },
    {
      title: ['Integrations', 'Integrações'],
      text: ['Connects to the tools you already use.', 'Conecta com as ferramentas que você já usa.'],
    },
    {
      title: ['Mobile app', 'App no celular'],
      text: ['Your work in your pocket, online or offline.', 'Seu trabalho no bolso, online ou offline.'],
    },
    { title: ['Reports', 'Relatórios'], text: ['Clear numbers to decide faster.', 'Números claros para decidir mais rápido.'] },
  ],
  plans: [
    {
      name: ['Starter', 'Básico'],
      price: 0,
      period: ['/month', '/mês'],
      description: ['For individuals getting started.', 'Para quem está começando.'],
      features: [
        ['1 user', '1 usuário'],
        ['Core features', 'Recursos essenciais'],
      ],
    },
    {
      name: ['Team', 'Equipe'],
      price: 19,
      period: ['/user/month', '/usuário/mês'],
      description: ['For growing teams.', 'Para equipes em crescimento.'],
      features: [
        ['Unlimited projects', 'Projetos ilimitados'],
        ['Automations', 'Automações'],
        ['Priority support', 'Suporte prioritário'],
      ],
      featured: true,
    },
    {
      name: ['Business', 'Empresa'],
      price: 39,
      period: ['/user/month', '/usuário/mês'],
      description: ['For companies that need more control.', 'Para empresas que precisam de mais controle.'],
      features: [
        ['Everything in Team', 'Tudo do plano Equipe'],
        ['Advanced permissions', 'Permissões avançadas'],
        ['Dedicated onboarding', 'Implantação dedicada'],
      ],
    },
  ],
  about: [
    '{name} was born from our own frustration with complicated tools and endless spreadsheets.\n\nWe build software that is simple on the outside and powerful on the inside, and we listen to our customers every week to decide what comes next.',
    '{name} nasceu da nossa própria frustração com ferramentas complicadas e planilhas sem fim.\n\nCriamos um software simples por fora e poderoso por dentro, e ouvimos nossos clientes toda semana para decidir o que vem a seguir.',
  ],
  quotes: [
    {
      quote: [
        'We replaced three tools and a dozen spreadsheets in one afternoon.',
        'Trocamos três ferramentas e uma dúzia de planilhas em uma tarde.',
      ],
      role: ['Operations lead', 'Líder de operações'],
    },
    {
      quote: ['The support team answered in two minutes. On a Sunday.', 'O suporte respondeu em dois minutos. Num domingo.'],
      role: ['Shop owner', 'Dona de loja'],
      gender: 'f',
    },
    { quote: ['Our team adopted it without any training.', 'Nossa equipe adotou sem precisar de treinamento.'], role: ['CEO', 'CEO'] },
  ],
  faq: [
    {
      q: ['Can I try it before paying?', 'Posso testar antes de pagar?'],
      a: [
        'Ask us for a demo and we will show you how it fits your work.',
        'Peça uma demonstração e mostramos como funciona no seu dia a dia.',
      ],
    },
    {
      q: ['Can I cancel anytime?', 'Posso cancelar quando quiser?'],
      a: [
        'Ask us about the terms; we explain them before you sign up.',
        'Pergunte sobre as condições; explicamos tudo antes da contratação.',
      ],
    },
  ],
  headings: { pricing: ['Simple pricing', 'Planos simples'], features: ['Everything you need', 'Tudo o que você precisa'] },
};
