import type { KindCopy } from '../types';

export const bakeryCopy: KindCopy = {
  names: [
    ['Rise & Shine Bakery', 'Padaria Bom Dia'],
    ['Golden Crust Bakery', 'Padaria Casca Dourada'],
  ],
  heroes: [
    {
      title: ['Bread worth waking up early for', 'Pão que vale a pena acordar cedo'],
      subtitle: [
        'Slow-fermented loaves, flaky pastries and cakes for every occasion, fresh from the oven every morning at {name}.',
        'Pães de fermentação natural, folhados crocantes e bolos para toda ocasião, saindo do forno toda manhã {no} {name}.',
      ],
    },
    {
      title: ['The {label} {place} was waiting for', '{O} {label} que {thePlace} esperava'],
      subtitle: [
        'Real bread, honest ingredients and the smell of the oven first thing in the morning.',
        'Pão de verdade, ingredientes honestos e aquele cheirinho de forno logo cedo.',
      ],
    },
    {
      title: ['From our oven to your table', 'Do nosso forno para a sua mesa'],
      subtitle: [
        '{Label}{inPlace}: bread, sweets and good coffee, made by hand every single day.',
        '{Label}{inPlace}: pães, doces e um bom café, feitos à mão todos os dias.',
      ],
    },
  ],
  action: ['See the menu', 'Ver o cardápio'],
  features: [
    {
      icon: 'clock',
      title: ['Baked every morning', 'Fornadas todas as manhãs'],
      text: [
        'Our ovens are on before sunrise, so everything on the shelf is from today.',
        'Nossos fornos acendem antes do sol nascer, então tudo na vitrine é do dia.',
      ],
    },
    {
      icon: 'leaf',
      title: ['Natural fermentation', 'Fermentação natural'],
      text: [
        'Long, slow fermentation for deeper flavour and bread that is easier to digest.',
        'Fermentação longa e lenta, para mais sabor e um pão mais leve.',
      ],
    },
    {
      icon: 'heart',
      title: ['Handmade', 'Feito à mão'],
      text: ['Every loaf is shaped by our bakers, in small batches.', 'Cada pão é modelado pelos nossos padeiros, em pequenas fornadas.'],
    },
    {
      icon: 'star',
      title: ['Cakes to order', 'Bolos sob encomenda'],
      text: [
        'Birthdays, weddings or a Tuesday that deserves it: we bake it for you.',
        'Aniversário, casamento ou uma terça-feira que merece: a gente faz o seu bolo.',
      ],
    },
  ],
  offersTitle: ['Today’s menu', 'Cardápio do dia'],
  offersIntro: [
    'Baked fresh each morning. Come early at weekends: the favourites go fast.',
    'Tudo assado pela manhã. No fim de semana, chegue cedo: os favoritos acabam rápido.',
  ],
  offers: [
    {
      title: ['Country sourdough', 'Pão rústico de fermentação natural'],
      text: ['Wheat and rye, long ferment, crackling crust.', 'Trigo e centeio, fermentação longa, casca crocante.'],
      price: 8.5,
    },
    {
      title: ['Classic croissant', 'Croissant clássico'],
      text: ['Flaky golden layers, baked fresh through the morning.', 'Camadas folhadas e douradas, assadas ao longo da manhã.'],
      price: 4,
    },
    {
      title: ['Cinnamon roll', 'Rolinho de canela'],
      text: ['Soft dough, cinnamon and a light sugar glaze.', 'Massa macia, canela e uma leve cobertura de açúcar.'],
      price: 4,
    },
    { title: ['Focaccia', 'Focaccia'], text: ['Olive oil, rosemary and flaky salt.', 'Azeite, alecrim e flor de sal.'], price: 5 },
    {
      title: ['Carrot cake', 'Bolo de cenoura'],
      text: ['With a glossy chocolate topping, just like grandma made.', 'Com cobertura de chocolate, do jeitinho que a vó fazia.'],
      price: 5.5,
    },
    { title: ['Filter coffee', 'Café coado'], text: ['Specialty beans, brewed to order.', 'Grãos especiais, passado na hora.'], price: 3 },
  ],
  offersNote: ['Ask us about allergens and gluten-free options.', 'Pergunte sobre alergênicos e opções sem glúten.'],
  about: [
    '{name} started with one oven and a simple idea: good bread takes time, and that time is worth it.\n\nToday we bake every day{inPlace}, still by hand, still in small batches, and we still taste everything before it reaches the counter.',
    '{O} {name} começou com um forno e uma ideia simples: pão bom leva tempo, e esse tempo vale a pena.\n\nHoje assamos todos os dias{inPlace}, ainda à mão, ainda em pequenas fornadas, e provamos tudo antes de ir para o balcão.',
  ],
  quotes: [
    {
      quote: [
        'The best bread in the neighbourhood. I stop by every morning on my way to work.',
        'O melhor pão do bairro. Passo aqui toda manhã antes do trabalho.',
      ],
      role: ['Comes in every day', 'Cliente de todo dia'],
    },
    {
      quote: [
        'They made our daughter’s birthday cake and it was gone in ten minutes.',
        'Fizeram o bolo de aniversário da nossa filha e não sobrou nem uma fatia.',
      ],
      role: ['Ordered a birthday cake', 'Encomendou um bolo de aniversário'],
    },
    {
      quote: [
        'Warm croissants, friendly faces and coffee that is actually good.',
        'Croissant quentinho, atendimento simpático e um café que é bom de verdade.',
      ],
      role: ['Weekend regular', 'Cliente de fim de semana'],
    },
  ],
  faq: [
    {
      q: ['Do you take cake orders?', 'Vocês aceitam encomendas de bolo?'],
      a: [
        'Yes! Send us a message a few days ahead and we will plan the flavour and size with you.',
        'Sim! Mande uma mensagem com alguns dias de antecedência e combinamos sabor e tamanho.',
      ],
    },
    {
      q: ['Can I reserve bread for pick-up?', 'Posso reservar pães para retirar?'],
      a: [
        'Of course. Order by the evening before and it will be waiting for you in the morning.',
        'Claro. Peça até a noite anterior e seu pedido estará separado logo cedo.',
      ],
    },
  ],
};

export const restaurantCopy: KindCopy = {
  names: [
    ['The Long Table', 'Mesa Farta'],
    ['Salt & Fire Kitchen', 'Cozinha Sal & Brasa'],
  ],
  heroes: [
    {
      title: ['Seasonal cooking, made to share', 'Cozinha de estação, feita para compartilhar'],
      subtitle: [
        'Fresh ingredients, a generous menu and a table waiting for you at {name}.',
        'Ingredientes frescos, um cardápio generoso e uma mesa esperando por você {no} {name}.',
      ],
    },
    {
      title: ['Your new favourite table{inPlace}', 'Sua nova mesa favorita{inPlace}'],
      subtitle: [
        'Honest food, cooked from scratch every day and served by people who love what they do.',
        'Comida honesta, feita do zero todos os dias e servida por quem ama o que faz.',
      ],
    },
    {
      title: ['Good food, better company', 'Comida boa, companhia melhor ainda'],
      subtitle: [
        '{Label}{inPlace} for long lunches, easy dinners and everything in between.',
        '{Label}{inPlace} para almoços sem pressa, jantares descontraídos e tudo o que vier no meio.',
      ],
    },
  ],
  action: ['See the menu', 'Ver o cardápio'],
  features: [
    {
      icon: 'leaf',
      title: ['Fresh every day', 'Fresco todo dia'],
      text: [
        'We buy from local producers and cook from scratch: nothing comes out of a packet.',
        'Compramos de produtores locais e cozinhamos do zero: nada sai de pacote.',
      ],
    },
    {
      icon: 'heart',
      title: ['Made for sharing', 'Feito para compartilhar'],
      text: [
        'Generous plates that bring friends and family around the table.',
        'Pratos generosos que reúnem amigos e família em volta da mesa.',
      ],
    },
    {
      icon: 'star',
      title: ['A chef’s touch', 'Toque de chef'],
      text: [
        'A short, seasonal menu that changes with what the market brings.',
        'Um cardápio enxuto e sazonal, que muda conforme o que chega da feira.',
      ],
    },
    {
      icon: 'chat',
      title: ['Bookings and events', 'Reservas e eventos'],
      text: [
        'Birthdays, team dinners or a quiet night for two: we will set the table.',
        'Aniversários, confraternizações ou um jantar a dois: a gente prepara a mesa.',
      ],
    },
  ],
  offersTitle: ['From our kitchen', 'Da nossa cozinha'],
  offersIntro: [
    'A taste of the menu. Dishes change with the season, so ask about today’s specials.',
    'Uma amostra do cardápio. Os pratos mudam com a estação: pergunte pelas sugestões do dia.',
  ],
  offers: [
    {
      title: ['Garden starter', 'Entrada da horta'],
      text: ['Roasted seasonal vegetables, herbs and a bright citrus dressing.', 'Legumes da estação assados, ervas e molho cítrico.'],
      price: 9,
    },
    {
      title: ['Grilled catch of the day', 'Peixe grelhado do dia'],
      text: ['With herbed potatoes and a green salad.', 'Com batatas às ervas e salada verde.'],
      price: 24,
      animal: 'meat',
    },
    {
      title: ['Mushroom risotto', 'Risoto de cogumelos'],
      text: ['Creamy arborio rice, fresh mushrooms and parmesan.', 'Arroz arbóreo cremoso, cogumelos frescos e parmesão.'],
      price: 19,
      animal: 'dairy',
    },
    {
      title: ['Roasted vegetable bowl', 'Bowl de legumes assados'],
      text: ['Grains, roasted vegetables, chickpeas and tahini.', 'Grãos, legumes assados, grão-de-bico e tahine.'],
      price: 16,
    },
    {
      title: ['Slow-braised beef', 'Carne de panela'],
      text: ['Cooked low and slow, served with creamy polenta.', 'Cozida lentamente, servida com polenta cremosa.'],
      price: 26,
      animal: 'meat',
    },
    {
      title: ['Dessert of the day', 'Sobremesa do dia'],
      text: ['Ask your server: it changes every day.', 'Pergunte ao garçom: muda todos os dias.'],
      price: 8,
    },
    {
      title: ['House lemonade', 'Limonada da casa'],
      text: ['Fresh lemons, mint and a hint of ginger.', 'Limão espremido na hora, hortelã e um toque de gengibre.'],
      price: 4.5,
    },
  ],
  offersNote: [
    'Tell us about any allergies: we are happy to adapt most dishes.',
    'Avise sobre alergias: adaptamos a maioria dos pratos com prazer.',
  ],
  about: [
    '{name} was born around a family table, where a good meal was always a reason to get together.\n\nWe cook the way we like to eat: fresh ingredients, generous portions and no rush. Pull up a chair, you are welcome here.',
    '{O} {name} nasceu em volta de uma mesa de família, onde comida boa sempre foi motivo para reunir todo mundo.\n\nCozinhamos do jeito que gostamos de comer: ingredientes frescos, porções generosas e sem pressa. Puxe uma cadeira, você é bem-vindo aqui.',
  ],
  quotes: [
    {
      quote: [
        'We came for lunch and stayed until late afternoon. The food is simply delicious.',
        'Viemos almoçar e ficamos até o fim da tarde. A comida é simplesmente deliciosa.',
      ],
      role: ['Came for lunch', 'Veio almoçar'],
    },
    {
      quote: [
        'We celebrated my mother’s 70th here. The team made it unforgettable.',
        'Comemoramos os 70 anos da minha mãe aqui. A equipe tornou o dia inesquecível.',
      ],
      role: ['Family celebration', 'Festa de família'],
    },
    {
      quote: [
        'Generous portions, fair prices and the friendliest service in town.',
        'Porções generosas, preço justo e o atendimento mais simpático da cidade.',
      ],
      role: ['Friday regular', 'Cliente das sextas'],
    },
  ],
  faq: [
    {
      q: ['Do I need a reservation?', 'Preciso fazer reserva?'],
      a: [
        'For larger groups, yes. For smaller tables just come by, though booking guarantees your spot.',
        'Para grupos maiores, sim. Para mesas menores é só chegar, mas reservar garante seu lugar.',
      ],
    },
    {
      q: ['Do you have vegetarian options?', 'Vocês têm opções vegetarianas?'],
      a: ['Yes, several, and most dishes can be adapted. Just ask.', 'Sim, várias, e a maioria dos pratos pode ser adaptada. É só pedir.'],
    },
  ],
};

export const cafeCopy: KindCopy = {
  names: [
    ['Morning Ritual Café', 'Café Ritual'],
    ['Common Ground Coffee', 'Café Ponto de Encontro'],
  ],
  heroes: [
    {
      title: ['Great coffee, slow mornings', 'Café especial, manhãs sem pressa'],
      subtitle: [
        'Specialty beans, fresh bakes and a cosy corner to call your own at {name}.',
        'Grãos especiais, quitutes fresquinhos e um cantinho aconchegante para chamar de seu {no} {name}.',
      ],
    },
    {
      title: ['Your coffee break{inPlace}', 'Sua pausa para o café{inPlace}'],
      subtitle: [
        'Carefully brewed coffee, homemade snacks and a place where time slows down.',
        'Café passado com capricho, lanches caseiros e um lugar onde o tempo desacelera.',
      ],
    },
    {
      title: ['Coffee worth the detour', 'Um café que vale o desvio'],
      subtitle: [
        '{Label}{inPlace} with beans roasted in small batches and baristas who know your order.',
        '{Label}{inPlace} com grãos torrados em pequenos lotes e baristas que já sabem o seu pedido.',
      ],
    },
  ],
  action: ['See the menu', 'Ver o cardápio'],
  features: [
    {
      icon: 'star',
      title: ['Specialty coffee', 'Café especial'],
      text: [
        'Single-origin beans from small farms, roasted in small batches.',
        'Grãos de origem única de pequenos produtores, torrados em pequenos lotes.',
      ],
    },
    {
      icon: 'heart',
      title: ['Homemade bites', 'Comidinhas caseiras'],
      text: [
        'Cakes, sandwiches and snacks made in our kitchen every morning.',
        'Bolos, sanduíches e salgados feitos na nossa cozinha toda manhã.',
      ],
    },
    {
      icon: 'globe',
      title: ['Wi-Fi and a good seat', 'Wi-Fi e lugar confortável'],
      text: ['Bring your laptop or a book and stay as long as you like.', 'Traga o notebook ou um livro e fique o tempo que quiser.'],
    },
    {
      icon: 'leaf',
      title: ['Plant milk options', 'Opções de leite vegetal'],
      text: ['Oat, almond or soy: your coffee, your way.', 'Aveia, amêndoas ou soja: seu café, do seu jeito.'],
    },
  ],
  offersTitle: ['On the menu', 'No cardápio'],
  offersIntro: [
    'Our coffee and kitchen favourites. Seasonal specials are on the board.',
    'Nossos cafés e favoritos da cozinha. As novidades da estação ficam no quadro.',
  ],
  offers: [
    {
      title: ['Espresso', 'Espresso'],
      text: ['Short, intense and balanced: our house blend.', 'Curto, intenso e equilibrado: o blend da casa.'],
      price: 2.5,
    },
    {
      title: ['Cappuccino', 'Cappuccino'],
      text: ['Espresso, silky milk and a dusting of cocoa.', 'Espresso, leite vaporizado e uma pitada de cacau.'],
      price: 4,
    },
    {
      title: ['Pour-over', 'Café coado no método'],
      text: ['Single-origin beans brewed by hand, to order.', 'Grãos de origem única, passados na hora no método manual.'],
      price: 4.5,
    },
    {
      title: ['Cold brew', 'Cold brew'],
      text: ['Slowly cold-steeped, smooth and refreshing.', 'Extraído a frio, devagar, suave e refrescante.'],
      price: 4.5,
    },
    {
      title: ['Avocado toast', 'Torrada com abacate'],
      text: [
        'Sourdough, smashed avocado, lime and chilli flakes.',
        'Pão de fermentação natural, abacate amassado, limão e pimenta calabresa.',
      ],
      price: 8,
    },
    {
      title: ['Slice of cake', 'Fatia de bolo'],
      text: ['Baked in-house every morning. Ask for today’s flavours.', 'Feito aqui toda manhã. Pergunte os sabores do dia.'],
      price: 4,
    },
  ],
  offersNote: ['Plant milks available for any drink.', 'Leites vegetais disponíveis para qualquer bebida.'],
  about: [
    '{name} began with a love of good coffee and the wish for a place where people could slow down.\n\nWe buy beans from small farms, roast them carefully and serve them in a space made for long conversations, focused work and quiet moments alike.',
    '{O} {name} nasceu da paixão por café bom e da vontade de criar um lugar onde as pessoas pudessem desacelerar.\n\nCompramos grãos de pequenos produtores, torramos com cuidado e servimos num espaço feito tanto para boas conversas quanto para trabalhar ou ficar em silêncio.',
  ],
  quotes: [
    {
      quote: [
        'The best flat white I have had in years, and the staff remember my name.',
        'O melhor café que tomei em anos, e a equipe já sabe o meu nome.',
      ],
      role: ['Comes in every morning', 'Vem toda manhã'],
    },
    {
      quote: [
        'My favourite place to work remotely. Great Wi-Fi, even better cake.',
        'Meu lugar preferido para trabalhar remoto. Wi-Fi ótimo e um bolo melhor ainda.',
      ],
      role: ['Freelance designer', 'Designer freelancer'],
    },
    {
      quote: ['Cosy, calm, and the coffee is always perfect.', 'Aconchegante, tranquilo, e o café é sempre perfeito.'],
      role: ['Weekend regular', 'Cliente de fim de semana'],
    },
  ],
  faq: [
    {
      q: ['Can I work from the café?', 'Posso trabalhar no café?'],
      a: ['Of course. We have free Wi-Fi and power sockets at most tables.', 'Claro! Temos Wi-Fi grátis e tomadas na maioria das mesas.'],
    },
    {
      q: ['Do you sell coffee beans?', 'Vocês vendem café em grãos?'],
      a: ['Yes, whole or ground to order for your brewing method.', 'Sim, em grãos ou moído na hora para o seu método de preparo.'],
    },
  ],
};

export const barCopy: KindCopy = {
  names: [
    ['The Night Owl', 'Boteco Coruja'],
    ['Copper & Oak', 'Bar Cobre & Carvalho'],
  ],
  heroes: [
    {
      title: ['Cold drinks, warm nights', 'Bebida gelada, noite animada'],
      subtitle: [
        'Signature cocktails, cold beer and good snacks: the perfect end to your day at {name}.',
        'Drinks autorais, cerveja gelada e petiscos caprichados: o fim de dia perfeito {no} {name}.',
      ],
    },
    {
      title: ['Your after-work spot{inPlace}', 'Seu happy hour{inPlace}'],
      subtitle: [
        'Friendly bartenders, great music and a table for the whole group.',
        'Bartenders simpáticos, música boa e mesa para a turma toda.',
      ],
    },
    {
      title: ['Raise a glass with us', 'Um brinde com a gente'],
      subtitle: [
        '{Label}{inPlace} with carefully made drinks and an atmosphere you will want to come back to.',
        '{Label}{inPlace} com drinks bem feitos e um clima que dá vontade de voltar.',
      ],
    },
  ],
  action: ['See the drinks', 'Ver a carta'],
  features: [
    {
      icon: 'star',
      title: ['Signature cocktails', 'Drinks autorais'],
      text: [
        'Created by our bartenders with fresh fruit and house-made syrups.',
        'Criados pelos nossos bartenders com frutas frescas e xaropes feitos aqui.',
      ],
    },
    {
      icon: 'heart',
      title: ['Snacks to share', 'Petiscos para dividir'],
      text: ['Generous plates that go perfectly with a cold drink.', 'Porções generosas que combinam com uma bebida gelada.'],
    },
    {
      icon: 'spark',
      title: ['Live music', 'Música ao vivo'],
      text: [
        'Local bands and DJs at weekends. Check our social media for the line-up.',
        'Bandas locais e DJs nos fins de semana. Confira a programação nas redes.',
      ],
    },
    {
      icon: 'clock',
      title: ['Happy hour', 'Happy hour'],
      text: ['Special prices in the late afternoon; ask us which days.', 'Preços especiais no fim da tarde; pergunte em quais dias.'],
    },
  ],
  offersTitle: ['Drinks and snacks', 'Drinks e petiscos'],
  offersIntro: [
    'A few of our favourites. Ask the bartender for something off the menu.',
    'Alguns dos nossos favoritos. Peça ao bartender uma sugestão fora da carta.',
  ],
  offers: [
    {
      title: ['House caipirinha', 'Caipirinha da casa'],
      text: ['Cachaça, lime and sugar, muddled to order.', 'Cachaça, limão e açúcar, feita na hora.'],
      price: 9,
    },
    {
      title: ['Negroni', 'Negroni'],
      text: ['Gin, vermouth and bitter, stirred over ice.', 'Gin, vermute e bitter, mexido e servido com gelo.'],
      price: 11,
    },
    {
      title: ['Draught craft beer', 'Chope artesanal'],
      text: ['Rotating taps from local breweries.', 'Torneiras rotativas de cervejarias da região.'],
      price: 7,
    },
    {
      title: ['Gin and tonic', 'Gin tônica'],
      text: ['Premium gin, tonic and botanicals.', 'Gin premium, tônica e especiarias.'],
      price: 10,
    },
    {
      title: ['Loaded fries', 'Batata frita especial'],
      text: ['Crispy fries with melted cheese and herbs.', 'Batata crocante com queijo derretido e ervas.'],
      price: 8,
      animal: 'dairy',
    },
    {
      title: ['Sharing board', 'Tábua de petiscos'],
      text: ['Cured meats, cheeses, olives and bread.', 'Frios, queijos, azeitonas e pão.'],
      price: 18,
      animal: 'meat',
    },
  ],
  offersNote: [
    'Please drink responsibly. We only serve alcohol to adults of legal drinking age.',
    'Se beber, não dirija. Proibida a venda de bebidas alcoólicas para menores de idade.',
  ],
  about: [
    '{name} opened to be the bar we always wanted nearby: relaxed, friendly and serious about drinks.\n\nFrom after-work rounds to late celebrations, we keep the glasses cold, the music good and a seat ready for you.',
    '{O} {name} abriu para ser o bar que sempre quisemos ter por perto: descontraído, acolhedor e caprichado nos drinks.\n\nDo happy hour às comemorações que vão até tarde, a gente mantém o copo gelado, a música boa e um lugar esperando por você.',
  ],
  quotes: [
    {
      quote: [
        'The best caipirinha in town, and the bartenders really know their stuff.',
        'A melhor caipirinha da cidade, e os bartenders entendem do assunto.',
      ],
      role: ['Friday regular', 'Cliente das sextas'],
    },
    {
      quote: [
        'We held our team party here and everyone is still talking about it.',
        'Fizemos a confraternização da empresa aqui e todo mundo ainda comenta.',
      ],
      role: ['Booked a team event', 'Reservou um evento'],
    },
    {
      quote: [
        'Great music, cold beer, friendly people. What else do you need?',
        'Música boa, cerveja gelada e gente simpática. Precisa de mais alguma coisa?',
      ],
      role: ['Weekend regular', 'Cliente de fim de semana'],
    },
  ],
  faq: [
    {
      q: ['Can I book a table for a group?', 'Posso reservar mesa para um grupo?'],
      a: [
        'Yes. Send us the date and the number of people and we will save you a spot.',
        'Sim. Mande a data e o número de pessoas que reservamos um espaço para vocês.',
      ],
    },
    {
      q: ['Do you have alcohol-free drinks?', 'Vocês têm drinks sem álcool?'],
      a: [
        'Yes: several mocktails, craft sodas and fresh juices.',
        'Sim! Vários drinks sem álcool, refrigerantes artesanais e sucos naturais.',
      ],
    },
  ],
};
