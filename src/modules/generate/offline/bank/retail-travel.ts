import type { KindCopy } from '../types';

export const shopCopy: KindCopy = {
  names: [
    ['Little Things Shop', 'Loja Pequenos Prazeres'],
    ['Northwind Goods', 'Casa Rosa Presentes'],
  ],
  heroes: [
    {
      title: ['Beautiful things, carefully chosen', 'Coisas bonitas, escolhidas com carinho'],
      subtitle: [
        'Discover the pieces we love at {name}, with friendly service and fast delivery.',
        'Descubra as peças que a gente ama {no} {name}, com atendimento atencioso e entrega rápida.',
      ],
    },
    {
      title: ['Your new favourite shop{inPlace}', 'Sua nova loja favorita{inPlace}'],
      subtitle: [
        'Quality products, fair prices and gifts that always get it right.',
        'Produtos de qualidade, preço justo e presentes que sempre acertam.',
      ],
    },
    {
      title: ['Made to be loved', 'Feito para ser amado'],
      subtitle: [
        '{Label}{inPlace} with a curated selection and a team happy to help.',
        '{Label}{inPlace} com uma seleção caprichada e uma equipe pronta para ajudar.',
      ],
    },
  ],
  action: ['See products', 'Ver produtos'],
  features: [
    {
      icon: 'star',
      title: ['Curated selection', 'Seleção com curadoria'],
      text: ['Every product is chosen by us, tested and loved.', 'Cada produto é escolhido, testado e aprovado por nós.'],
    },
    {
      icon: 'truck',
      title: ['Careful shipping', 'Envio cuidadoso'],
      text: ['Every order carefully packed and sent on its way.', 'Cada pedido embalado com cuidado e enviado.'],
    },
    {
      icon: 'heart',
      title: ['Gift wrapping', 'Embalagem para presente'],
      text: ['Add a handwritten note and we wrap it for you.', 'Inclua um bilhete escrito à mão e a gente embrulha para você.'],
    },
    {
      icon: 'check',
      title: ['Easy returns', 'Troca fácil'],
      text: ['Changed your mind? Ask us about returns and exchanges.', 'Mudou de ideia? Fale com a gente sobre trocas e devoluções.'],
    },
  ],
  offersTitle: ['Best sellers', 'Mais vendidos'],
  offersIntro: ['Our customers’ favourites this season.', 'Os queridinhos dos clientes nesta estação.'],
  offers: [
    {
      title: ['Gift box', 'Caixa de presente'],
      text: ['A curated selection of our favourites, ready to give.', 'Uma seleção dos nossos favoritos, pronta para presentear.'],
      price: 45,
    },
    {
      title: ['Scented candle', 'Vela aromática'],
      text: ['Natural wax, hand-poured, a long and even burn.', 'Cera natural, feita à mão, queima longa e uniforme.'],
      price: 22,
    },
    {
      title: ['Ceramic mug', 'Caneca de cerâmica'],
      text: ['Handmade by local artisans. Each one is unique.', 'Feita à mão por artesãos locais. Cada uma é única.'],
      price: 18,
    },
    {
      title: ['Linen tote bag', 'Ecobag de linho'],
      text: ['Strong, washable and made to last.', 'Resistente, lavável e feita para durar.'],
      price: 25,
    },
    {
      title: ['Gift card', 'Vale-presente'],
      text: ['Let them choose what they like best.', 'Deixe a pessoa escolher o que mais gostar.'],
      price: 30,
      from: true,
    },
  ],
  about: [
    '{name} began as a small stall of things we loved and could not find anywhere else.\n\nToday we still choose every product ourselves, work with small makers whenever we can and pack each order as if it were a gift.',
    '{O} {name} começou como uma banquinha com coisas que a gente amava e não achava em lugar nenhum.\n\nHoje ainda escolhemos cada produto pessoalmente, trabalhamos com pequenos produtores sempre que possível e embalamos cada pedido como se fosse um presente.',
  ],
  quotes: [
    {
      quote: [
        'My go-to place for gifts. Everything arrives beautifully wrapped.',
        'Meu lugar certo para presentes. Tudo chega lindamente embalado.',
      ],
      role: ['Loyal customer', 'Cliente fiel'],
    },
    {
      quote: ['Fast delivery and even better in person.', 'Entrega rápida e ainda mais bonito pessoalmente.'],
      role: ['Online customer', 'Cliente da loja online'],
    },
    {
      quote: [
        'Lovely service. They helped me choose the perfect present.',
        'Atendimento uma graça. Me ajudaram a escolher o presente perfeito.',
      ],
      role: ['Visited the shop', 'Visitou a loja'],
    },
  ],
  faq: [
    {
      q: ['Do you ship nationwide?', 'Vocês enviam para todo o país?'],
      a: ['Yes. Shipping costs and delivery times are shown at checkout.', 'Sim. O frete e o prazo aparecem na finalização da compra.'],
    },
    {
      q: ['Can I pick up my order in store?', 'Posso retirar o pedido na loja?'],
      a: [
        'Of course. Tell us when you would like to come and we will have it ready.',
        'Claro. Avise quando quer passar e deixamos tudo pronto.',
      ],
    },
  ],
  headings: { menu: ['Best sellers', 'Mais vendidos'] },
};

export const floristCopy: KindCopy = {
  names: [
    ['Wild Bloom Florist', 'Floricultura Flor do Campo'],
    ['Petal & Stem', 'Pétala Floricultura'],
  ],
  heroes: [
    {
      title: ['Flowers that say it for you', 'Flores que dizem tudo por você'],
      subtitle: [
        'Fresh bouquets and arrangements made by hand at {name}, delivered with care.',
        'Buquês e arranjos frescos feitos à mão {no} {name}, entregues com carinho.',
      ],
    },
    {
      title: ['Fresh flowers, delivered{inPlace}', 'Flores frescas, entregues{inPlace}'],
      subtitle: [
        'Birthdays, apologies, love or just because: there is a bouquet for every moment.',
        'Aniversário, pedido de desculpas, amor ou só porque sim: tem um buquê para cada momento.',
      ],
    },
  ],
  action: ['See bouquets', 'Ver buquês'],
  features: [
    {
      icon: 'leaf',
      title: ['Fresh every morning', 'Flores frescas todo dia'],
      text: [
        'We buy from growers every morning, so your flowers last longer.',
        'Compramos dos produtores toda manhã, para suas flores durarem mais.',
      ],
    },
    {
      icon: 'truck',
      title: ['Same-day delivery', 'Entrega no mesmo dia'],
      text: ['Ask us about same-day delivery in your area.', 'Pergunte sobre entrega no mesmo dia na sua região.'],
    },
    {
      icon: 'heart',
      title: ['A handwritten card', 'Cartão escrito à mão'],
      text: ['Tell us your message and we write it for you.', 'Conte a sua mensagem que a gente escreve para você.'],
    },
  ],
  offersTitle: ['Bouquets and arrangements', 'Buquês e arranjos'],
  offersIntro: [
    'Flowers change with the season; we always choose the freshest.',
    'As flores mudam com a estação; escolhemos sempre as mais frescas.',
  ],
  offers: [
    {
      title: ['Seasonal bouquet', 'Buquê da estação'],
      text: ['The florist’s choice of the freshest flowers of the day.', 'A escolha da florista com as flores mais frescas do dia.'],
      price: 45,
      from: true,
    },
    {
      title: ['Red roses', 'Rosas vermelhas'],
      text: ['A dozen classic roses, beautifully wrapped.', 'Uma dúzia de rosas clássicas, lindamente embaladas.'],
      price: 60,
    },
    {
      title: ['Table arrangement', 'Arranjo de mesa'],
      text: ['Low, lush and perfect for dinners and events.', 'Baixo, cheio e perfeito para jantares e eventos.'],
      price: 55,
      from: true,
    },
    {
      title: ['Orchid in a pot', 'Orquídea no vaso'],
      text: ['Long-lasting and easy to care for.', 'Dura bastante e é fácil de cuidar.'],
      price: 40,
    },
    {
      title: ['Wedding flowers', 'Flores para casamento'],
      text: ['Bridal bouquets and décor, designed with you.', 'Buquê de noiva e decoração, pensados com você.'],
      price: 300,
      from: true,
      match: /casament|wedding|noiva|bride/,
    },
  ],
  offersNote: [
    'Ask us about weekly flower subscriptions for homes and offices.',
    'Pergunte sobre assinatura semanal de flores para casas e escritórios.',
  ],
  about: [
    '{name} was born from a love of flowers and of the small gestures that make someone’s day.\n\nWe choose every stem by hand and compose each bouquet thinking about who will receive it.',
    '{O} {name} nasceu do amor pelas flores e pelos pequenos gestos que fazem o dia de alguém.\n\nEscolhemos cada haste à mão e montamos cada buquê pensando em quem vai receber.',
  ],
  quotes: [
    {
      quote: [
        'The bouquet was even more beautiful than the photo, and it lasted two weeks.',
        'O buquê era ainda mais lindo do que a foto, e durou duas semanas.',
      ],
      role: ['Sent flowers for a birthday', 'Presenteou no aniversário'],
    },
    {
      quote: [
        'Delivered on time for our anniversary. My wife cried.',
        'Entregaram no horário para o nosso aniversário de casamento. Minha esposa chorou.',
      ],
      role: ['Anniversary surprise', 'Surpresa de bodas'],
      gender: 'm',
    },
    {
      quote: [
        'They did the flowers for my wedding and I could not have asked for more.',
        'Fizeram as flores do meu casamento e eu não poderia pedir mais.',
      ],
      role: ['Bride in 2024', 'Noiva em 2024'],
      gender: 'f',
    },
  ],
  faq: [
    {
      q: ['Can I choose the delivery time?', 'Posso escolher o horário da entrega?'],
      a: [
        'Tell us the time that suits you and we will do our best to deliver then.',
        'Diga o horário que prefere e fazemos o possível para entregar nesse horário.',
      ],
    },
    {
      q: ['How do I make my flowers last longer?', 'Como faço as flores durarem mais?'],
      a: [
        'Change the water every two days and trim the stems a little each time.',
        'Troque a água a cada dois dias e corte um pouquinho das hastes a cada troca.',
      ],
    },
  ],
};

export const hotelCopy: KindCopy = {
  names: [
    ['The Quiet Garden Guesthouse', 'Pousada Jardim Sereno'],
    ['Seabreeze Inn', 'Pousada Brisa do Mar'],
  ],
  heroes: [
    {
      title: ['Rest, unhurried', 'Descanso sem pressa'],
      subtitle: [
        'Comfortable rooms, a generous breakfast and a warm welcome at {name}.',
        'Quartos confortáveis, café da manhã caprichado e uma acolhida calorosa {no} {name}.',
      ],
    },
    {
      title: ['Your home away from home{inPlace}', 'Sua casa longe de casa{inPlace}'],
      subtitle: [
        'A small, friendly place to stay, close to everything that matters.',
        'Um lugar pequeno e acolhedor para ficar, perto de tudo o que importa.',
      ],
    },
    {
      title: ['Stay a little longer', 'Fique mais um pouco'],
      subtitle: [
        '{Label}{inPlace} with cosy rooms, personal service and tips only locals know.',
        '{Label}{inPlace} com quartos aconchegantes, atendimento pessoal e dicas que só quem é daqui conhece.',
      ],
    },
  ],
  action: ['See rooms', 'Ver quartos'],
  features: [
    {
      icon: 'star',
      title: ['Breakfast included', 'Café da manhã incluso'],
      text: [
        'Homemade cakes, fresh fruit and local treats every morning.',
        'Bolos caseiros, frutas frescas e delícias da região todas as manhãs.',
      ],
    },
    {
      icon: 'globe',
      title: ['Great location', 'Localização privilegiada'],
      text: ['Walk to restaurants, shops and the main sights.', 'Restaurantes, lojas e os principais passeios a pé.'],
    },
    {
      icon: 'heart',
      title: ['Personal welcome', 'Atendimento pessoal'],
      text: [
        'We know our guests by name and love sharing local tips.',
        'Conhecemos nossos hóspedes pelo nome e adoramos dar dicas da região.',
      ],
    },
    {
      icon: 'check',
      title: ['Comfort and practicality', 'Conforto e praticidade'],
      text: [
        'Wi-Fi or parking? Ask us what the place offers before you book.',
        'Wi-Fi ou estacionamento? Pergunte o que o espaço oferece antes de reservar.',
      ],
    },
  ],
  offersTitle: ['Rooms', 'Acomodações'],
  offersIntro: ['Ask us what each room includes.', 'Pergunte o que cada quarto inclui.'],
  offers: [
    {
      title: ['Standard double', 'Quarto duplo standard'],
      text: [
        'Cosy and bright, with a double bed and private bathroom.',
        'Aconchegante e iluminado, com cama de casal e banheiro privativo.',
      ],
      price: 90,
      from: true,
    },
    {
      title: ['Garden suite', 'Suíte com jardim'],
      text: ['A private terrace facing the garden.', 'Varanda privativa de frente para o jardim.'],
      price: 130,
      from: true,
    },
    {
      title: ['Family room', 'Quarto família'],
      text: ['Room for the whole family. Ask us about the beds.', 'Espaço para toda a família. Pergunte sobre as camas.'],
      price: 150,
      from: true,
    },
  ],
  about: [
    '{name} is a small, family-run place with a big heart.\n\nWe opened our doors to share the place we love with travellers from everywhere. Every room is decorated with care, and breakfast is made fresh each morning.',
    '{O} {name} é um lugar pequeno, de administração familiar e coração grande.\n\nAbrimos as portas para dividir o lugar que amamos com viajantes de todo canto. Cada quarto é decorado com carinho, e o café da manhã é preparado fresquinho todos os dias.',
  ],
  quotes: [
    {
      quote: ['The breakfast alone is worth the trip. We felt at home.', 'Só o café da manhã já vale a viagem. Nos sentimos em casa.'],
      role: ['Stayed 4 nights', 'Ficou 4 noites'],
    },
    {
      quote: ['Spotless rooms and the best local tips we could have asked for.', 'Quartos impecáveis e as melhores dicas da região.'],
      role: ['Couple’s getaway', 'Viagem a dois'],
    },
    {
      quote: ['Quiet, charming and very well located.', 'Tranquila, charmosa e muito bem localizada.'],
      role: ['Business trip', 'Viagem a trabalho'],
    },
  ],
  faq: [
    {
      q: ['What time are check-in and check-out?', 'Qual é o horário de check-in e check-out?'],
      a: [
        'We confirm check-in and check-out times with your booking. Ask us if you need flexibility.',
        'Confirmamos os horários de check-in e check-out com a sua reserva. Se precisar de flexibilidade, é só pedir.',
      ],
    },
    {
      q: ['Are pets allowed?', 'Vocês aceitam pets?'],
      a: ['Ask us before you book and we will tell you what is possible.', 'Pergunte antes de reservar e dizemos o que é possível.'],
    },
  ],
  headings: { services: ['Rooms', 'Acomodações'] },
};

export const travelCopy: KindCopy = {
  names: [
    ['Wanderwise Travel', 'Rota Livre Viagens'],
    ['Blue Horizon Tours', 'Horizonte Azul Turismo'],
  ],
  heroes: [
    {
      title: ['Trips planned around you', 'Viagens do seu jeito'],
      subtitle: [
        'Tailor-made itineraries, trusted partners and support from departure to return, by {name}.',
        'Roteiros sob medida, parceiros de confiança e suporte da ida à volta, com {o} {name}.',
      ],
    },
    {
      title: ['Your next adventure starts here{inPlace}', 'Sua próxima aventura começa aqui{inPlace}'],
      subtitle: ['Tell us where you dream of going; we take care of the rest.', 'Conte para onde você sonha ir; a gente cuida do resto.'],
    },
  ],
  action: ['See trips', 'Ver viagens'],
  features: [
    {
      icon: 'globe',
      title: ['Tailor-made itineraries', 'Roteiros personalizados'],
      text: ['Every trip planned around your style, pace and budget.', 'Cada viagem planejada para o seu estilo, ritmo e orçamento.'],
    },
    {
      icon: 'shield',
      title: ['Support while you travel', 'Suporte durante a viagem'],
      text: ['A real person to talk to whenever you need us.', 'Uma pessoa de verdade para falar sempre que você precisar.'],
    },
    {
      icon: 'check',
      title: ['Trusted partners', 'Parceiros de confiança'],
      text: ['Hotels, guides and transfers we know personally.', 'Hotéis, guias e traslados que conhecemos pessoalmente.'],
    },
  ],
  offersTitle: ['Trips and services', 'Viagens e serviços'],
  offersIntro: ['Ready-made packages or a trip designed from scratch.', 'Pacotes prontos ou uma viagem desenhada do zero.'],
  offers: [
    {
      title: ['Honeymoons', 'Lua de mel'],
      text: ['Romantic destinations with every detail taken care of.', 'Destinos românticos com cada detalhe cuidado.'],
      price: 2500,
      from: true,
      match: /lua de mel|honeymoon/,
    },
    {
      title: ['Family holidays', 'Férias em família'],
      text: ['Trips that work for everyone, from toddlers to grandparents.', 'Viagens que funcionam para todos, dos pequenos aos avós.'],
      price: 1800,
      from: true,
    },
    {
      title: ['Day tours', 'Passeios de um dia'],
      text: ['Guided outings to the region’s best spots.', 'Passeios guiados pelos melhores lugares da região.'],
      price: 60,
      from: true,
      match: /passeio|tour|excurs/,
    },
    {
      title: ['Group trips', 'Viagens em grupo'],
      text: ['Trips for friends, companies and clubs.', 'Viagens para amigos, empresas e grupos.'],
      price: 900,
      from: true,
    },
  ],
  about: [
    '{name} was founded by travellers who believe a good trip changes the way we see the world.\n\nWe design every itinerary as if we were going ourselves, and we stay with you, before, during and after.',
    '{O} {name} foi fundada por viajantes que acreditam que uma boa viagem muda o jeito de ver o mundo.\n\nDesenhamos cada roteiro como se fôssemos nós a viajar, e ficamos com você antes, durante e depois.',
  ],
  quotes: [
    {
      quote: ['Our honeymoon was perfect from start to finish.', 'Nossa lua de mel foi perfeita do início ao fim.'],
      role: ['Honeymoon in 2024', 'Lua de mel em 2024'],
    },
    {
      quote: [
        'They solved a cancelled flight in minutes while we relaxed.',
        'Resolveram um voo cancelado em minutos enquanto a gente relaxava.',
      ],
      role: ['Family trip', 'Viagem em família'],
    },
    {
      quote: [
        'The itinerary was exactly our style. We are already planning the next one.',
        'O roteiro tinha exatamente a nossa cara. Já estamos planejando a próxima.',
      ],
      role: ['Returning travellers', 'Clientes que voltaram'],
    },
  ],
  faq: [
    {
      q: ['Can I pay for my trip in instalments?', 'Posso parcelar a viagem?'],
      a: ['Ask us: we explain the payment options for each trip.', 'Pergunte: explicamos as formas de pagamento de cada viagem.'],
    },
    {
      q: ['Do you arrange travel insurance?', 'Vocês fazem seguro-viagem?'],
      a: [
        'Yes, and we help you choose the right cover for your trip.',
        'Sim, e ajudamos você a escolher a cobertura certa para a sua viagem.',
      ],
    },
  ],
};
