import type { KindCopy } from '../types';

export const salonCopy: KindCopy = {
  names: [
    ['Bloom Beauty Studio', 'Salão Florescer'],
    ['Velvet Hair & Beauty', 'Espaço Veludo Beleza'],
  ],
  heroes: [
    {
      title: ['Leave feeling like yourself, only better', 'Saia daqui se sentindo ainda mais você'],
      subtitle: [
        'Cuts, colour, nails and care from a team that listens first, at {name}.',
        'Corte, cor, unhas e cuidados com uma equipe que escuta primeiro, {no} {name}.',
      ],
    },
    {
      title: ['Your time to shine{inPlace}', 'Seu momento de brilhar{inPlace}'],
      subtitle: [
        'A calm, welcoming space where every detail of your visit is taken care of.',
        'Um espaço tranquilo e acolhedor, onde cada detalhe da sua visita é bem cuidado.',
      ],
    },
    {
      title: ['Beauty with care, in every detail', 'Beleza com carinho, em cada detalhe'],
      subtitle: [
        '{Label}{inPlace} with experienced professionals and quality products.',
        '{Label}{inPlace} com profissionais experientes e produtos de qualidade.',
      ],
    },
  ],
  action: ['See services', 'Ver serviços'],
  features: [
    {
      icon: 'heart',
      title: ['A team that listens', 'Equipe que escuta'],
      text: [
        'We talk through what you want before we start, so there are no surprises.',
        'Conversamos sobre o que você quer antes de começar, para não ter surpresa.',
      ],
    },
    {
      icon: 'star',
      title: ['Quality products', 'Produtos de qualidade'],
      text: ['Professional brands that respect your hair and skin.', 'Marcas profissionais que respeitam seu cabelo e sua pele.'],
    },
    {
      icon: 'shield',
      title: ['Spotless hygiene', 'Higiene impecável'],
      text: [
        'Sterilised tools and single-use materials whenever possible.',
        'Ferramentas esterilizadas e materiais descartáveis sempre que possível.',
      ],
    },
    {
      icon: 'clock',
      title: ['On time, every time', 'Pontualidade'],
      text: ['Your appointment starts when we said it would.', 'Seu horário começa na hora marcada.'],
    },
  ],
  offersTitle: ['Services and prices', 'Serviços e preços'],
  offersIntro: [
    'Prices may vary with hair length and technique. Ask us for a personalised quote.',
    'Os valores podem variar conforme o comprimento do cabelo e a técnica. Peça uma avaliação.',
  ],
  offers: [
    {
      title: ['Cut and blow-dry', 'Corte e escova'],
      text: [
        'A cut designed for your face and routine, finished with a blow-dry.',
        'Corte pensado para o seu rosto e sua rotina, finalizado com escova.',
      ],
      price: 45,
      from: true,
    },
    {
      title: ['Colour and highlights', 'Coloração e mechas'],
      text: [
        'From subtle touch-ups to a whole new look, with products that care for your hair.',
        'Do retoque discreto ao visual novo, com produtos que cuidam dos fios.',
      ],
      price: 90,
      from: true,
    },
    {
      title: ['Hair treatment', 'Hidratação e tratamento'],
      text: ['Deep hydration and repair for shiny, healthy hair.', 'Hidratação profunda e reconstrução para fios com brilho e saúde.'],
      price: 35,
      from: true,
    },
    {
      title: ['Manicure and pedicure', 'Manicure e pedicure'],
      text: ['Careful nail care with a wide choice of colours.', 'Cuidado caprichado com as unhas e muitas opções de cores.'],
      price: 25,
      from: true,
    },
    {
      title: ['Brows and lashes', 'Sobrancelhas e cílios'],
      text: ['Shaping, tinting and lash lifting.', 'Design, henna e lash lifting.'],
      price: 20,
      from: true,
    },
    {
      title: ['Event make-up', 'Maquiagem para eventos'],
      text: ['Long-lasting make-up for weddings, parties and photos.', 'Maquiagem de longa duração para casamentos, festas e fotos.'],
      price: 60,
      from: true,
    },
  ],
  about: [
    '{name} was created to be a place where you can slow down and be looked after.\n\nOur professionals train constantly and love what they do. Here, every visit starts with a conversation and ends with a smile in the mirror.',
    '{O} {name} nasceu para ser um lugar onde você pode desacelerar e cuidar de si.\n\nNossos profissionais se atualizam sempre e amam o que fazem. Aqui, cada visita começa com uma conversa e termina com um sorriso no espelho.',
  ],
  quotes: [
    {
      quote: [
        'Finally a salon that understood exactly what I wanted. I loved my colour.',
        'Finalmente um salão que entendeu exatamente o que eu queria. Amei minha cor.',
      ],
      role: ['Client since 2021', 'Cliente desde 2021'],
      gender: 'f',
    },
    {
      quote: ['Lovely atmosphere, great coffee and an impeccable manicure.', 'Ambiente delicioso, café gostoso e uma manicure impecável.'],
      role: ['Comes every fortnight', 'Vem a cada quinze dias'],
    },
    {
      quote: ['They did my wedding make-up and it lasted all night.', 'Fizeram a maquiagem do meu casamento e durou a noite inteira.'],
      role: ['Bride in 2024', 'Noiva em 2024'],
      gender: 'f',
    },
  ],
  faq: [
    {
      q: ['Do you do a consultation before colouring?', 'Vocês fazem avaliação antes da coloração?'],
      a: [
        'Always. We check your hair and talk through the result you want before we begin.',
        'Sempre. Avaliamos os fios e conversamos sobre o resultado que você quer antes de começar.',
      ],
    },
    {
      q: ['Which products do you use?', 'Quais produtos vocês usam?'],
      a: [
        'Professional brands, with vegan and cruelty-free options on request.',
        'Marcas profissionais, com opções veganas e cruelty-free a pedido.',
      ],
    },
  ],
};

export const barberCopy: KindCopy = {
  names: [
    ['Sharp & Co. Barbers', 'Barbearia Navalha Fina'],
    ['The Gentlemen’s Chair', 'Barbearia Cadeira de Ouro'],
  ],
  heroes: [
    {
      title: ['Sharp cuts, classic service', 'Corte na régua, atendimento raiz'],
      subtitle: [
        'Haircuts, beard trims and hot-towel shaves done with time and precision at {name}.',
        'Corte, barba e toalha quente feitos com calma e precisão {no} {name}.',
      ],
    },
    {
      title: ['The {noun} {place} trusts', '{O} {noun} de confiança{ofPlace}'],
      subtitle: ['Good conversation, cold drinks and a cut that lasts.', 'Papo bom, bebida gelada e um corte que dura.'],
    },
    {
      title: ['Look good, feel better', 'Visual em dia, autoestima lá em cima'],
      subtitle: [
        '{Label}{inPlace} with experienced barbers and an atmosphere you will want to come back to.',
        '{Label}{inPlace} com barbeiros experientes e um ambiente que dá vontade de voltar.',
      ],
    },
  ],
  action: ['See services', 'Ver serviços'],
  features: [
    {
      icon: 'star',
      title: ['Experienced barbers', 'Barbeiros experientes'],
      text: ['Classic and modern cuts, fades and beard design.', 'Cortes clássicos e modernos, degradê e design de barba.'],
    },
    {
      icon: 'clock',
      title: ['No waiting', 'Sem espera'],
      text: ['Book your slot and sit straight down in the chair.', 'Agende seu horário e sente direto na cadeira.'],
    },
    {
      icon: 'heart',
      title: ['A place to unwind', 'Um lugar para relaxar'],
      text: ['Good music, a cold drink and the game on the TV.', 'Música boa, bebida gelada e o jogo passando na TV.'],
    },
  ],
  offersTitle: ['Services and prices', 'Serviços e preços'],
  offersIntro: ['Ask us what each service includes.', 'Pergunte o que cada serviço inclui.'],
  offers: [
    {
      title: ['Haircut', 'Corte de cabelo'],
      text: [
        'Scissors or clippers, finished with your favourite product.',
        'Na tesoura ou na máquina, finalizado com o seu produto preferido.',
      ],
      price: 25,
    },
    {
      title: ['Beard trim', 'Barba'],
      text: ['Shaping, hot towel and soothing oil.', 'Desenho, toalha quente e óleo calmante.'],
      price: 18,
    },
    {
      title: ['Cut and beard', 'Corte e barba'],
      text: ['The full package, with time to relax.', 'O combo completo, com tempo para relaxar.'],
      price: 38,
    },
    {
      title: ['Skin fade', 'Degradê navalhado'],
      text: ['A precise fade, finished with a razor.', 'Degradê preciso, finalizado na navalha.'],
      price: 30,
    },
    {
      title: ['Kids’ cut', 'Corte infantil'],
      text: ['For little ones, with extra patience.', 'Para os pequenos, com paciência extra.'],
      price: 18,
    },
  ],
  about: [
    '{name} brings back the tradition of the neighbourhood barbershop, with the techniques of today.\n\nOur barbers know that a good cut is about detail, and that a good visit is about people. Pull up a chair.',
    '{O} {name} resgata a tradição da barbearia de bairro, com as técnicas de hoje.\n\nNossos barbeiros sabem que um bom corte está nos detalhes, e que uma boa visita está nas pessoas. Puxe uma cadeira.',
  ],
  quotes: [
    {
      quote: ['Best fade in town, and always on time.', 'O melhor degradê da cidade, e sempre no horário.'],
      role: ['Regular every two weeks', 'Cliente a cada 15 dias'],
    },
    {
      quote: [
        'I brought my son for his first haircut and the barber was brilliant with him.',
        'Trouxe meu filho para o primeiro corte e o barbeiro foi sensacional com ele.',
      ],
      role: ['Father of two', 'Pai de dois'],
      gender: 'm',
    },
    {
      quote: ['Great atmosphere, great people, great beard trim.', 'Ambiente top, gente boa e uma barba impecável.'],
      role: ['Comes in every month', 'Vem todo mês'],
    },
  ],
  faq: [
    {
      q: ['Do you take walk-ins?', 'Atendem sem horário marcado?'],
      a: [
        'Yes, when a chair is free. Booking guarantees your slot.',
        'Sim, quando tem cadeira livre. Agendando, seu horário fica garantido.',
      ],
    },
    {
      q: ['Which payment methods do you accept?', 'Quais formas de pagamento vocês aceitam?'],
      a: ['Ask us which payment methods we accept.', 'Pergunte quais formas de pagamento aceitamos.'],
    },
  ],
};

export const gymCopy: KindCopy = {
  names: [
    ['Forge Fitness', 'Academia Forja'],
    ['Peak Training Club', 'Academia Ponto Alto'],
  ],
  heroes: [
    {
      title: ['Stronger every week', 'Mais forte a cada semana'],
      subtitle: [
        'Modern equipment, motivating classes and coaches who know your name at {name}.',
        'Equipamentos modernos, aulas animadas e professores que sabem o seu nome {no} {name}.',
      ],
    },
    {
      title: ['Train better{inPlace}', 'Treine melhor{inPlace}'],
      subtitle: [
        'Strength, cardio and group classes, with a plan made for your goals.',
        'Musculação, cardio e aulas coletivas, com um treino pensado para o seu objetivo.',
      ],
    },
    {
      title: ['Your best shape starts today', 'Sua melhor forma começa hoje'],
      subtitle: [
        '{Label}{inPlace} for every level, from your first class to your next personal best.',
        '{Label}{inPlace} para todos os níveis, da primeira aula ao seu próximo recorde.',
      ],
    },
  ],
  action: ['See plans', 'Ver planos'],
  features: [
    {
      icon: 'star',
      title: ['Qualified coaches', 'Professores qualificados'],
      text: [
        'Certified instructors on the floor all day to correct, motivate and help.',
        'Instrutores formados na área o dia todo para corrigir, motivar e ajudar.',
      ],
    },
    {
      icon: 'spark',
      title: ['Classes all week long', 'Aulas a semana toda'],
      text: ['Functional training, spinning, HIIT, boxing and more.', 'Funcional, bike, HIIT, boxe e muito mais.'],
    },
    {
      icon: 'check',
      title: ['A plan made for you', 'Treino personalizado'],
      text: ['An assessment and a programme built around your goals.', 'Avaliação física e um treino montado para o seu objetivo.'],
    },
    {
      icon: 'clock',
      title: ['Open early, close late', 'Aberto cedo, fecha tarde'],
      text: ['Long opening hours to fit around your routine.', 'Horário estendido para caber na sua rotina.'],
    },
  ],
  offersTitle: ['Membership plans', 'Planos e mensalidades'],
  offersIntro: [
    'Ask us about joining and cancelling: we explain every condition before you sign up.',
    'Pergunte sobre matrícula e cancelamento: explicamos todas as condições antes de você se inscrever.',
  ],
  offers: [
    {
      title: ['Strength training', 'Musculação'],
      text: ['A complete weights area with guidance from our coaches.', 'Área completa de musculação com orientação dos professores.'],
    },
    {
      title: ['Group classes', 'Aulas coletivas'],
      text: ['Energy, music and a group that keeps you going.', 'Energia, música e uma turma que motiva você a continuar.'],
    },
    {
      title: ['Personal training', 'Personal trainer'],
      text: ['One-to-one sessions for faster, safer results.', 'Treino individual para resultados mais rápidos e seguros.'],
      price: 40,
      from: true,
    },
    {
      title: ['Physical assessment', 'Avaliação física'],
      text: ['Body composition and fitness tests to track your progress.', 'Bioimpedância e testes físicos para acompanhar sua evolução.'],
    },
  ],
  plans: [
    {
      name: ['Monthly', 'Mensal'],
      price: 45,
      period: ['/month', '/mês'],
      description: ['Full flexibility, cancel anytime.', 'Flexibilidade total, cancele quando quiser.'],
      features: [
        ['Weights and cardio', 'Musculação e cardio'],
        ['Free assessment', 'Avaliação física grátis'],
      ],
    },
    {
      name: ['Quarterly', 'Trimestral'],
      price: 39,
      period: ['/month', '/mês'],
      description: ['Our members’ favourite.', 'O plano preferido dos alunos.'],
      features: [
        ['Everything in Monthly', 'Tudo do Mensal'],
        ['Unlimited group classes', 'Aulas coletivas ilimitadas'],
        ['Workout plan updated monthly', 'Treino atualizado todo mês'],
      ],
      featured: true,
    },
    {
      name: ['Annual', 'Anual'],
      price: 32,
      period: ['/month', '/mês'],
      description: ['The best price for those who are in it for good.', 'O melhor preço para quem veio para ficar.'],
      features: [
        ['Everything in Quarterly', 'Tudo do Trimestral'],
        ['2 personal training sessions', '2 sessões de personal'],
        ['Bring a friend once a month', 'Traga um amigo uma vez por mês'],
      ],
    },
  ],
  about: [
    '{name} was built for people who want results without the intimidation.\n\nWhether it is your first day or your thousandth, our coaches are on the floor to help you train safely and stay motivated.',
    '{O} {name} foi feita para quem quer resultado sem se sentir intimidado.\n\nSeja o seu primeiro dia ou o milésimo, nossos professores estão na área para ajudar você a treinar com segurança e manter a motivação.',
  ],
  quotes: [
    {
      quote: [
        'I lost 8 kg in four months and, for the first time, I actually enjoy training.',
        'Perdi 8 kg em quatro meses e, pela primeira vez, gosto de treinar.',
      ],
      role: ['Member since 2023', 'Aluna desde 2023'],
      gender: 'f',
    },
    {
      quote: [
        'The coaches correct every movement. I feel safe training here.',
        'Os professores corrigem cada movimento. Me sinto seguro treinando aqui.',
      ],
      role: ['Trains in the morning', 'Treina de manhã'],
      gender: 'm',
    },
    {
      quote: ['The group classes are so much fun I never miss one.', 'As aulas coletivas são tão animadas que não perco nenhuma.'],
      role: ['Group class regular', 'Frequenta as aulas coletivas'],
    },
  ],
  faq: [
    {
      q: ['Is there a joining fee?', 'Tem taxa de matrícula?'],
      a: [
        'We explain every fee before you sign up, so there are no surprises.',
        'Explicamos todas as taxas antes da inscrição, para não haver surpresas.',
      ],
    },
    {
      q: ['Can I freeze my plan?', 'Posso trancar o plano?'],
      a: ['Yes, on the longer plans; ask us how it works.', 'Sim, nos planos mais longos; pergunte como funciona.'],
    },
  ],
  headings: { pricing: ['Membership plans', 'Planos e mensalidades'] },
};

export const yogaCopy: KindCopy = {
  names: [
    ['Still Water Yoga', 'Espaço Yoga Água Serena'],
    ['Lotus Room Studio', 'Estúdio Flor de Lótus'],
  ],
  heroes: [
    {
      title: ['Breathe, move, return to yourself', 'Respire, movimente-se, volte para você'],
      subtitle: [
        'Yoga classes for every body and every level at {name}.',
        'Aulas de yoga para todos os corpos e todos os níveis {no} {name}.',
      ],
    },
    {
      title: ['A calm place{inPlace}', 'Um lugar de calma{inPlace}'],
      subtitle: [
        'Small classes, attentive teachers and a practice that fits your life.',
        'Turmas pequenas, professores atentos e uma prática que cabe na sua vida.',
      ],
    },
    {
      title: ['Find your balance', 'Encontre seu equilíbrio'],
      subtitle: [
        '{Label}{inPlace} with classes for beginners and experienced students alike.',
        '{Label}{inPlace} com aulas para iniciantes e praticantes experientes.',
      ],
    },
  ],
  action: ['See plans', 'Ver planos'],
  features: [
    {
      icon: 'leaf',
      title: ['Every level welcome', 'Para todos os níveis'],
      text: [
        'Never done yoga? Start with our beginner classes, at your pace.',
        'Nunca praticou? Comece pelas aulas para iniciantes, no seu ritmo.',
      ],
    },
    {
      icon: 'heart',
      title: ['Small classes', 'Turmas pequenas'],
      text: ['Small groups, so every practice gets attention.', 'Turmas pequenas, para cada prática receber atenção.'],
    },
    {
      icon: 'spark',
      title: ['Many styles', 'Vários estilos'],
      text: ['Hatha, vinyasa, restorative and meditation.', 'Hatha, vinyasa, restaurativa e meditação.'],
    },
    {
      icon: 'clock',
      title: ['Classes all day', 'Aulas o dia todo'],
      text: [
        'Morning, lunchtime and evening classes to fit your routine.',
        'Aulas de manhã, na hora do almoço e à noite, para caber na sua rotina.',
      ],
    },
  ],
  offersTitle: ['Plans and classes', 'Planos e aulas'],
  offersIntro: [
    'Ask us about a trial class. Mats and props are provided.',
    'Pergunte sobre a aula experimental. Tapetes e acessórios são por nossa conta.',
  ],
  offers: [
    {
      title: ['Hatha yoga', 'Hatha yoga'],
      text: [
        'Steady postures and breathing to build strength and calm.',
        'Posturas firmes e respiração para ganhar força e tranquilidade.',
      ],
    },
    {
      title: ['Vinyasa flow', 'Vinyasa'],
      text: ['A flowing, dynamic practice linked to the breath.', 'Prática fluida e dinâmica, conduzida pela respiração.'],
    },
    {
      title: ['Restorative yoga', 'Yoga restaurativa'],
      text: ['Slow, supported postures to release tension.', 'Posturas lentas e apoiadas para soltar as tensões.'],
    },
    {
      title: ['Guided meditation', 'Meditação guiada'],
      text: ['A quiet moment to settle the mind.', 'Um momento de silêncio para acalmar a mente.'],
    },
  ],
  plans: [
    {
      name: ['Drop-in class', 'Aula avulsa'],
      price: 20,
      period: ['/class', '/aula'],
      description: ['Come whenever you like.', 'Venha quando quiser.'],
      features: [
        ['Any class on the timetable', 'Qualquer aula da grade'],
        ['Mat and props included', 'Tapete e acessórios inclusos'],
      ],
    },
    {
      name: ['Twice a week', 'Duas vezes por semana'],
      price: 110,
      period: ['/month', '/mês'],
      description: ['A steady rhythm for real progress.', 'Um ritmo constante para evoluir de verdade.'],
      features: [
        ['8 classes a month', '8 aulas por mês'],
        ['Any style', 'Qualquer estilo'],
        ['Free meditation sessions', 'Meditações livres'],
      ],
      featured: true,
    },
    {
      name: ['Unlimited', 'Ilimitado'],
      price: 150,
      period: ['/month', '/mês'],
      description: ['For those who make yoga a daily habit.', 'Para quem faz do yoga um hábito diário.'],
      features: [
        ['Unlimited classes', 'Aulas ilimitadas'],
        ['One private class a month', 'Uma aula particular por mês'],
        ['Workshop discounts', 'Desconto em workshops'],
      ],
    },
  ],
  about: [
    '{name} was born from the wish to share a practice that changed our lives.\n\nWe believe yoga is for everyone: no flexibility required, just the willingness to show up. Our teachers guide each class with care, adapting postures to every body.',
    '{O} {name} nasceu da vontade de compartilhar uma prática que mudou nossas vidas.\n\nAcreditamos que yoga é para todo mundo: não precisa ter flexibilidade, só vontade de começar. Nossos professores conduzem cada aula com cuidado, adaptando as posturas a cada corpo.',
  ],
  quotes: [
    {
      quote: [
        'I came for my back pain and stayed for the peace I feel after every class.',
        'Vim por causa da dor nas costas e fiquei pela paz que sinto depois de cada aula.',
      ],
      role: ['Student since 2022', 'Aluna desde 2022'],
      gender: 'f',
    },
    {
      quote: [
        'Patient teachers and a beautiful space. My week is better with yoga.',
        'Professores pacientes e um espaço lindo. Minha semana fica melhor com o yoga.',
      ],
      role: ['Practises twice a week', 'Pratica duas vezes por semana'],
    },
    {
      quote: ['I had never done yoga and felt welcome from day one.', 'Nunca tinha feito yoga e me senti acolhido desde o primeiro dia.'],
      role: ['Beginner', 'Iniciante'],
      gender: 'm',
    },
  ],
  faq: [
    {
      q: ['Do I need to be flexible?', 'Preciso ter flexibilidade?'],
      a: [
        'Not at all. Flexibility comes with practice; we adapt every posture to you.',
        'De jeito nenhum. A flexibilidade vem com a prática, e adaptamos cada postura para você.',
      ],
    },
    {
      q: ['What should I bring?', 'O que preciso levar?'],
      a: [
        'Just comfortable clothes. We provide mats, blocks and blankets.',
        'Só roupa confortável. Tapetes, blocos e mantas são por nossa conta.',
      ],
    },
  ],
  headings: { pricing: ['Plans and classes', 'Planos e aulas'] },
};
