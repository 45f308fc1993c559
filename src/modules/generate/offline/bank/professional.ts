import type { KindCopy } from '../types';

export const lawyerCopy: KindCopy = {
  names: [
    ['Ribeiro & Castro Law', 'Ribeiro & Castro Advocacia'],
    ['Almeida Legal Partners', 'Almeida Advogados Associados'],
  ],
  heroes: [
    {
      title: ['Your rights, defended with care', 'Seus direitos, defendidos com seriedade'],
      subtitle: [
        'Clear, strategic legal advice from a team that takes your case personally, at {name}.',
        'Orientação jurídica clara e estratégica, com uma equipe que trata o seu caso como único, {no} {name}.',
      ],
    },
    {
      title: ['Legal advice you can trust{inPlace}', 'Advocacia de confiança{inPlace}'],
      subtitle: [
        'We explain your options in plain language and stay by your side until the end.',
        'Explicamos suas opções em linguagem simples e ficamos ao seu lado até o fim.',
      ],
    },
    {
      title: ['Experience on your side', 'Experiência a seu favor'],
      subtitle: [
        '{Label}{inPlace} serving individuals and companies with ethics and commitment.',
        '{Label}{inPlace} atendendo pessoas e empresas com ética e comprometimento.',
      ],
    },
  ],
  action: ['Practice areas', 'Áreas de atuação'],
  features: [
    {
      icon: 'chat',
      title: ['Plain language', 'Linguagem clara'],
      text: ['No jargon: you understand every step of your case.', 'Sem juridiquês: você entende cada etapa do seu caso.'],
    },
    {
      icon: 'shield',
      title: ['Confidentiality', 'Sigilo absoluto'],
      text: ['Your information is protected from the first contact.', 'Suas informações são protegidas desde o primeiro contato.'],
    },
    {
      icon: 'clock',
      title: ['Regular updates', 'Retorno rápido'],
      text: ['Regular updates and clear answers to your questions.', 'Atualizações frequentes e respostas claras às suas dúvidas.'],
    },
  ],
  offersTitle: ['Practice areas', 'Áreas de atuação'],
  offersIntro: [
    'Preventive advice and litigation, for individuals and companies.',
    'Consultoria preventiva e contencioso, para pessoas e empresas.',
  ],
  offers: [
    {
      title: ['Employment law', 'Direito trabalhista'],
      text: [
        'Dismissals, overtime, workplace harassment and employer compliance.',
        'Rescisões, horas extras, assédio e adequação de empresas à legislação trabalhista.',
      ],
      match: /trabalhist|employment|labou?r|laboral/,
    },
    {
      title: ['Family law', 'Direito de família'],
      text: [
        'Divorce, custody, child support and inventories, handled with sensitivity.',
        'Divórcio, guarda, pensão alimentícia e inventário, conduzidos com sensibilidade.',
      ],
      match: /familia|family|divorc/,
    },
    {
      title: ['Civil and contract law', 'Direito civil e contratos'],
      text: ['Contracts, compensation claims and debt recovery.', 'Contratos, indenizações e cobranças.'],
      match: /civil|contrat|contract/,
    },
    {
      title: ['Business law', 'Direito empresarial'],
      text: [
        'Company formation, partnership agreements and ongoing legal advice.',
        'Abertura de empresas, acordos de sócios e assessoria jurídica contínua.',
      ],
      match: /empresarial|business|corporate|societar/,
    },
    {
      title: ['Tax law', 'Direito tributário'],
      text: [
        'Tax planning, disputes and recovery of taxes paid in error.',
        'Planejamento tributário, defesas e recuperação de impostos pagos indevidamente.',
      ],
      match: /tributar|tax|fiscal/,
    },
    {
      title: ['Consumer law', 'Direito do consumidor'],
      text: ['Defective products, abusive charges and poor service.', 'Produtos com defeito, cobranças abusivas e serviços mal prestados.'],
      match: /consumidor|consumer/,
    },
    {
      title: ['Criminal law', 'Direito penal'],
      text: ['Defence at every stage of criminal proceedings.', 'Defesa em todas as fases do processo criminal.'],
      match: /criminal|penal/,
    },
  ],
  about: [
    '{name} was founded on the belief that good legal advice is clear, honest and close to the client.\n\nOur lawyers combine solid academic training with years of practice in the courts. We study every case in depth and keep you informed at every step.',
    '{O} {name} nasceu da convicção de que uma boa advocacia é clara, honesta e próxima do cliente.\n\nNossos advogados unem formação sólida e anos de prática nos tribunais. Estudamos cada caso a fundo e mantemos você informado em todas as etapas.',
  ],
  quotes: [
    {
      quote: [
        'They explained everything patiently and won my case. I felt supported the whole time.',
        'Explicaram tudo com paciência e ganharam minha causa. Me senti amparada o tempo todo.',
      ],
      role: ['Employment case', 'Ação trabalhista'],
      gender: 'f',
    },
    {
      quote: [
        'Our company’s legal advisers for years. Fast, precise and reliable.',
        'Assessoria jurídica da nossa empresa há anos. Rápidos, precisos e confiáveis.',
      ],
      role: ['Company director', 'Diretor de empresa'],
      gender: 'm',
    },
    {
      quote: ['A difficult divorce handled with great sensitivity.', 'Um divórcio difícil conduzido com muita sensibilidade.'],
      role: ['Family law client', 'Cliente de direito de família'],
    },
  ],
  faq: [
    {
      q: ['How are fees set?', 'Como são definidos os honorários?'],
      a: [
        'Fees depend on the case. In a first conversation we understand your situation and explain the options and how we charge, before any commitment.',
        'Os honorários dependem do caso. Numa primeira conversa entendemos a sua situação e explicamos as opções e a forma de cobrança, antes de qualquer compromisso.',
      ],
    },
    {
      q: ['Which documents should I bring?', 'Quais documentos devo levar?'],
      a: [
        'An ID and any documents related to your case. We will tell you exactly what we need when we confirm the meeting.',
        'Documento de identidade e os papéis relacionados ao caso. Ao confirmar a reunião, dizemos exatamente o que é preciso.',
      ],
    },
  ],
  team: [
    { role: ['Founding partner', 'Sócio-fundador'], gender: 'm' },
    { role: ['Partner', 'Sócia'], gender: 'f' },
    { role: ['Associate', 'Advogado associado'], gender: 'm' },
  ],
  headings: { services: ['Practice areas', 'Áreas de atuação'], team: ['Our lawyers', 'Nossos advogados'] },
};

export const accountantCopy: KindCopy = {
  names: [
    ['Clear Ledger Accounting', 'Conta Certa Contabilidade'],
    ['Balance & Co. Accountants', 'Equilíbrio Contábil'],
  ],
  heroes: [
    {
      title: ['Accounts in order, mind at ease', 'Contas em dia, cabeça tranquila'],
      subtitle: [
        'Bookkeeping, taxes and payroll handled by {name}, so you can focus on your business.',
        'Contabilidade, impostos e folha de pagamento com {o} {name}, para você focar no seu negócio.',
      ],
    },
    {
      title: ['Accounting that speaks your language{inPlace}', 'Contabilidade que fala a sua língua{inPlace}'],
      subtitle: [
        'Clear reports, deadlines met and advice that saves you money.',
        'Relatórios claros, prazos cumpridos e orientação que faz você economizar.',
      ],
    },
    {
      title: ['Numbers that help you grow', 'Números que ajudam a crescer'],
      subtitle: [
        '{Label}{inPlace} for small businesses, freelancers and families.',
        '{Label}{inPlace} para pequenas empresas, profissionais autônomos e famílias.',
      ],
    },
  ],
  action: ['See services', 'Ver serviços'],
  features: [
    {
      icon: 'check',
      title: ['Never miss a deadline', 'Prazos sempre em dia'],
      text: [
        'We track every tax date for you and remind you in advance.',
        'Acompanhamos todas as datas fiscais e avisamos com antecedência.',
      ],
    },
    {
      icon: 'chat',
      title: ['An accountant you can reach', 'Contador que atende'],
      text: [
        'A dedicated contact who answers by phone, email or WhatsApp.',
        'Um contato dedicado que responde por telefone, e-mail ou WhatsApp.',
      ],
    },
    {
      icon: 'globe',
      title: ['Fully digital', 'Totalmente digital'],
      text: ['Send documents online and follow everything in real time.', 'Envie documentos online e acompanhe tudo em tempo real.'],
    },
  ],
  offersTitle: ['Our services', 'Nossos serviços'],
  offersIntro: ['From opening your company to your annual tax return.', 'Da abertura da empresa à declaração anual.'],
  offers: [
    {
      title: ['Company formation', 'Abertura de empresa'],
      text: [
        'We choose the best structure and tax regime and handle the paperwork.',
        'Escolhemos o melhor enquadramento e regime tributário e cuidamos da burocracia.',
      ],
      match: /abertura|formation|abrir empresa/,
    },
    {
      title: ['Monthly bookkeeping', 'Contabilidade mensal'],
      text: ['Books, tax filings and financial statements every month.', 'Escrituração, obrigações fiscais e balancetes todo mês.'],
    },
    {
      title: ['Payroll', 'Departamento pessoal'],
      text: ['Payroll, hiring, holidays and dismissals done right.', 'Folha de pagamento, admissões, férias e rescisões sem erro.'],
      match: /payroll|folha/,
    },
    {
      title: ['Personal tax returns', 'Imposto de renda pessoa física'],
      text: [
        'Your annual return prepared carefully to avoid penalties.',
        'Sua declaração anual feita com cuidado para evitar a malha fina.',
      ],
      match: /imposto de renda|tax return|irpf/,
    },
    {
      title: ['Tax planning', 'Planejamento tributário'],
      text: ['Legal ways to pay less tax, reviewed every year.', 'Caminhos legais para pagar menos impostos, revisados todo ano.'],
      match: /planejamento|planning/,
    },
  ],
  about: [
    '{name} helps business owners understand their numbers and make better decisions.\n\nWe combine technical expertise with close, friendly service, and we use digital tools so you spend less time on paperwork.',
    '{O} {name} ajuda empreendedores a entender seus números e tomar decisões melhores.\n\nUnimos conhecimento técnico a um atendimento próximo, e usamos ferramentas digitais para você perder menos tempo com burocracia.',
  ],
  quotes: [
    {
      quote: [
        'I finally understand my company’s numbers. And I have stopped paying fines.',
        'Finalmente entendo os números da minha empresa. E parei de pagar multa.',
      ],
      role: ['Restaurant owner', 'Dona de restaurante'],
      gender: 'f',
    },
    {
      quote: [
        'Quick answers and a tax plan that saved us a lot this year.',
        'Respostas rápidas e um planejamento que nos fez economizar muito este ano.',
      ],
      role: ['Start-up founder', 'Fundador de startup'],
      gender: 'm',
    },
    {
      quote: [
        'My tax return used to be a nightmare. Now it takes one email.',
        'Minha declaração de imposto era um pesadelo. Agora resolvo com um e-mail.',
      ],
      role: ['Freelancer', 'Profissional autônomo'],
      gender: 'm',
    },
  ],
  faq: [
    {
      q: ['Can I switch accountants mid-year?', 'Posso trocar de contador no meio do ano?'],
      a: [
        'Yes. We handle the transfer with your current accountant, without interrupting anything.',
        'Sim. Cuidamos da transição com o seu contador atual, sem interromper nada.',
      ],
    },
    {
      q: ['How much does it cost?', 'Quanto custa?'],
      a: [
        'It depends on the size and tax regime of your business. Ask us for a quote, with no obligation.',
        'Depende do porte e do regime tributário da empresa. Peça um orçamento sem compromisso.',
      ],
    },
  ],
};

export const consultantCopy: KindCopy = {
  names: [
    ['Northstar Consulting', 'Norte Consultoria'],
    ['Clearpath Advisory', 'Rota Clara Consultoria'],
  ],
  heroes: [
    {
      title: ['Clear strategy, real results', 'Estratégia clara, resultado real'],
      subtitle: [
        '{name} helps businesses find focus, organise processes and grow with confidence.',
        '{O} {name} ajuda empresas a encontrar foco, organizar processos e crescer com segurança.',
      ],
    },
    {
      title: ['Your next step, planned together', 'Seu próximo passo, planejado junto'],
      subtitle: [
        'Practical advice, measurable goals and someone beside you while you put it into action.',
        'Orientação prática, metas mensuráveis e alguém ao seu lado na hora de executar.',
      ],
    },
    {
      title: ['Grow with method', 'Cresça com método'],
      subtitle: [
        '{Label}{inPlace} for companies and professionals who want to do more with what they have.',
        '{Label}{inPlace} para empresas e profissionais que querem fazer mais com o que já têm.',
      ],
    },
  ],
  action: ['See services', 'Ver serviços'],
  features: [
    {
      icon: 'check',
      title: ['Practical method', 'Método prático'],
      text: [
        'Diagnosis, plan and follow-up, without endless reports.',
        'Diagnóstico, plano e acompanhamento, sem relatórios intermináveis.',
      ],
    },
    {
      icon: 'chat',
      title: ['Close partnership', 'Parceria próxima'],
      text: ['We work alongside your team, not from a distance.', 'Trabalhamos junto com a sua equipe, e não de longe.'],
    },
    {
      icon: 'star',
      title: ['Measurable results', 'Resultados mensuráveis'],
      text: ['Clear goals from day one and indicators to track them.', 'Metas claras desde o primeiro dia e indicadores para acompanhar.'],
    },
  ],
  offersTitle: ['How we help', 'Como ajudamos'],
  offersIntro: ['Engagements shaped around your moment and your budget.', 'Projetos desenhados para o seu momento e o seu orçamento.'],
  offers: [
    {
      title: ['Business diagnosis', 'Diagnóstico empresarial'],
      text: [
        'A clear picture of where you are and what is holding you back.',
        'Um retrato claro de onde você está e do que está travando o crescimento.',
      ],
    },
    {
      title: ['Strategic planning', 'Planejamento estratégico'],
      text: ['Goals, priorities and an action plan for the year ahead.', 'Metas, prioridades e um plano de ação para o próximo ano.'],
      match: /estrateg|strateg/,
    },
    {
      title: ['Process improvement', 'Gestão de processos'],
      text: [
        'Simpler routines, fewer mistakes and more time for what matters.',
        'Rotinas mais simples, menos erros e mais tempo para o que importa.',
      ],
      match: /process/,
    },
    {
      title: ['Mentoring and coaching', 'Mentoria e coaching'],
      text: ['One-to-one sessions for leaders and business owners.', 'Sessões individuais para líderes e empreendedores.'],
      match: /mentor|coach/,
    },
  ],
  about: [
    '{name} was born from years of experience leading teams and projects in companies of every size.\n\nWe know that good advice only matters if it can be put into practice, so we stay close until the results show.',
    '{O} {name} nasceu de anos de experiência liderando equipes e projetos em empresas de todos os portes.\n\nSabemos que um bom conselho só vale se puder ser colocado em prática, por isso ficamos por perto até o resultado aparecer.',
  ],
  quotes: [
    {
      quote: [
        'In six months we reorganised the company and increased our margin.',
        'Em seis meses reorganizamos a empresa e aumentamos a margem.',
      ],
      role: ['Retail business owner', 'Empresário do varejo'],
      gender: 'm',
    },
    {
      quote: [
        'Straight to the point, with tools my team actually uses.',
        'Direto ao ponto, com ferramentas que minha equipe realmente usa.',
      ],
      role: ['Operations manager', 'Gerente de operações'],
    },
    {
      quote: ['The mentoring changed how I lead.', 'A mentoria mudou o meu jeito de liderar.'],
      role: ['Founder', 'Fundadora'],
      gender: 'f',
    },
  ],
  faq: [
    {
      q: ['How long does an engagement last?', 'Quanto tempo dura um projeto?'],
      a: ['It depends on the scope; we agree on it at the start.', 'Depende do escopo; combinamos isso logo no início.'],
    },
    {
      q: ['Do you work with small businesses?', 'Vocês atendem pequenas empresas?'],
      a: [
        'Yes. We work with companies of every size, small businesses included.',
        'Sim. Trabalhamos com empresas de todos os portes, inclusive pequenas.',
      ],
    },
  ],
};

export const realEstateCopy: KindCopy = {
  names: [
    ['Keystone Realty', 'Chave Certa Imóveis'],
    ['Open Door Properties', 'Porta Aberta Imóveis'],
  ],
  heroes: [
    {
      title: ['Find the place you will call home', 'Encontre o lugar que você vai chamar de lar'],
      subtitle: [
        'Buying, selling or renting, with honest advice and local knowledge, at {name}.',
        'Compra, venda ou aluguel, com orientação honesta e quem conhece a região, {no} {name}.',
      ],
    },
    {
      title: ['Your next address{inPlace}', 'Seu próximo endereço{inPlace}'],
      subtitle: [
        'Carefully selected properties and support from the first visit to the keys.',
        'Imóveis selecionados com cuidado e apoio da primeira visita à entrega das chaves.',
      ],
    },
  ],
  action: ['How we help', 'Como ajudamos'],
  features: [
    {
      icon: 'globe',
      title: ['Local knowledge', 'Quem conhece a região'],
      text: ['We know every street, school and price per square metre.', 'Conhecemos cada rua, escola e o preço do metro quadrado.'],
    },
    {
      icon: 'shield',
      title: ['Safe paperwork', 'Documentação segura'],
      text: ['Every document checked before you sign anything.', 'Toda a documentação conferida antes de você assinar qualquer coisa.'],
    },
    {
      icon: 'chat',
      title: ['Honest advice', 'Orientação honesta'],
      text: [
        'We tell you the truth about every property, even when it is not what you want to hear.',
        'Falamos a verdade sobre cada imóvel, mesmo quando não é o que você quer ouvir.',
      ],
    },
  ],
  offersTitle: ['How we help', 'Como ajudamos'],
  offersIntro: ['Whatever your next step, we walk it with you.', 'Seja qual for o seu próximo passo, a gente caminha junto.'],
  offers: [
    {
      title: ['Buy a home', 'Comprar imóvel'],
      text: [
        'A shortlist that matches your needs and budget, and help negotiating.',
        'Uma seleção que cabe nas suas necessidades e no seu orçamento, e ajuda na negociação.',
      ],
      match: /compra|buy/,
    },
    {
      title: ['Sell your property', 'Vender seu imóvel'],
      text: ['A fair valuation, great photos and qualified buyers.', 'Avaliação justa, fotos caprichadas e compradores qualificados.'],
      match: /vend|sell/,
    },
    {
      title: ['Rentals', 'Aluguel'],
      text: ['Renting made simple for tenants and landlords.', 'Locação sem complicação para inquilinos e proprietários.'],
      match: /alug|rent/,
    },
    {
      title: ['Property management', 'Administração de imóveis'],
      text: [
        'Rent collection, maintenance and tenant care, all handled for you.',
        'Cobrança, manutenção e relacionamento com o inquilino, tudo por nossa conta.',
      ],
    },
  ],
  about: [
    '{name} was founded to make buying, selling and renting a calm, transparent process.\n\nOur agents live and work in the area and treat every client’s decision as if it were their own.',
    '{O} {name} nasceu para tornar a compra, a venda e o aluguel um processo tranquilo e transparente.\n\nNossos corretores moram e trabalham na região e tratam a decisão de cada cliente como se fosse a deles.',
  ],
  quotes: [
    {
      quote: [
        'They found our apartment in two weeks and handled all the paperwork.',
        'Encontraram nosso apartamento em duas semanas e cuidaram de toda a papelada.',
      ],
      role: ['Bought their first home', 'Compraram o primeiro imóvel'],
    },
    {
      quote: ['I sold my house for a fair price, with no stress.', 'Vendi minha casa por um preço justo e sem estresse.'],
      role: ['Seller', 'Vendeu o imóvel'],
    },
    {
      quote: ['As a landlord, I have not had a single headache since.', 'Como proprietário, nunca mais tive dor de cabeça.'],
      role: ['Landlord', 'Proprietário'],
      gender: 'm',
    },
  ],
  faq: [
    {
      q: ['How much does a valuation cost?', 'Quanto custa a avaliação do imóvel?'],
      a: [
        'Ask us: we explain how a valuation works and what it costs before we start.',
        'Pergunte: explicamos como funciona a avaliação e quanto custa antes de começar.',
      ],
    },
    {
      q: ['Do you help with financing?', 'Vocês ajudam com o financiamento?'],
      a: [
        'Yes. We compare options and guide you through the bank process.',
        'Sim. Comparamos as opções e acompanhamos todo o processo com o banco.',
      ],
    },
  ],
};
