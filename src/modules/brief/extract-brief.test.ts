import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { missingFacts } from './missing-facts';
import { screenCards } from './screen-cards';
import { siteBriefSchema } from './site-brief-schema';

const brief = (prompt: string, fallbackLocales?: string[]) => extractBrief({ prompt, fallbackLocales });

describe('extractBrief', () => {
  it('"24h" after "em até", "within" is how fast, not opening hours; alone it is open around the clock', () => {
    expect(brief('Aluguel de andaimes em Betim, entrega em até 24h').facts.openingHours).toBeUndefined();
    expect(brief('Aluguel de andaimes em Betim, entrega em até 24h').features).not.toContain('hours');
    expect(brief('We answer every quote within 24 hours. Roofing in Tulsa.').features).not.toContain('hours');
    expect(brief('Guincho 24h em Betim').facts.openingHours).toEqual(['Mo-Su 00:00-23:59']);
  });

  it('a comma before three digits groups thousands ("$3,650"), before two it marks cents ("R$ 9,50")', () => {
    expect(
      brief('Storm shelters in Tulsa: 6 person shelter $3,650 installed, deposit $1,500.50').facts.prices.map((price) => price.amount),
    ).toEqual([3650, 1500.5]);
    expect(brief('Corte R$ 9,50, pacote R$ 1.800,00 em Recife').facts.prices.map((price) => price.amount)).toEqual([9.5, 1800]);
  });

  it('keeps a promise of what the business does not do whole ("No chemicals"), never the thing as an offering', () => {
    const weeds = brief('Organic weed control in Boise: hand pulling, mulching and steam weeding. No chemicals, ever.');
    expect(weeds.facts.offerings.map((offering) => offering.toLowerCase())).not.toContain('chemicals');
    expect(weeds.items).toEqual(expect.arrayContaining([{ text: 'No chemicals', role: 'detail' }]));
  });

  it('knows Portugal’s and Brazil’s regions as places: their country and language variant, never a name', () => {
    const panels = brief('Lavagem de telhados e fachadas em moradias e armazéns, Ribatejo');
    expect(panels.name).toBeNull();
    expect(panels.location).toMatchObject({ country: 'PT' });
    expect(panels.languages).toEqual(['pt-PT']);
  });

  it('asks for nothing through the words of a form’s list, a FAQ or a quoted customer', () => {
    const party = brief(
      'Buffet infantil em Campinas. Formulário de orçamento com nome, WhatsApp e data da festa. Uma cliente disse: "Tudo no horário e lindo" (Carla).',
    );
    expect(party.features).not.toContain('whatsapp');
    expect(party.features).not.toContain('hours');
    expect(party.features).toEqual(expect.arrayContaining(['quote', 'testimonials']));
  });

  it('verbs joined by "e" share their object ("vendo e conserto bicicletas")', () => {
    expect(brief('vendo e conserto bicicletas usadas em Uberlândia').what).toBe('vendo e conserto bicicletas usadas');
  });

  it('reads when the business works, said alone, as its schedule, not as offerings', () => {
    const chef = brief('Personal chef in Austin: private dinners, weekly meal prep, cooking classes. Nights and weekends only.');
    expect(chef.items).toEqual(expect.arrayContaining([{ text: 'Nights and weekends only', role: 'schedule' }]));
    expect(chef.facts.offerings).not.toContain('Nights');
    const pt = brief('Faxineira em Campinas, limpeza de casa e pós-obra, fins de semana e feriados');
    expect(pt.items?.find((item) => /fins de semana/.test(item.text))?.role).toBe('schedule');
  });

  it('reads "busco e devolvo" as pickup and return (the delivery feature), never a request or a topic', () => {
    const bike = brief('conserto de bicicleta em Curitiba, busco e devolvo na sua casa');
    expect(bike.features).toContain('delivery');
    expect(bike.items?.some((item) => item.role === 'topic' && !item.feature)).toBe(false);
    expect(bike.unused?.some((entry) => entry.why === 'site')).toBe(false);
  });

  it('knows the towns of the world gazetteer after a preposition: their spelling and country (prices, phones)', () => {
    const accordion = brief('site pra minha oficina de conserto de sanfona em caruaru');
    expect(accordion.location).toMatchObject({ country: 'BR' });
    expect(accordion.name).toBeNull();
    const falconers = brief('Somos dos cetreros en Jerez de la Frontera, exhibiciones de vuelo 300 € la hora');
    expect(falconers.location).toMatchObject({ text: 'Jerez de la Frontera', country: 'ES' });
    expect(falconers.name).toBeNull();
    // "$" in a Mexican town is pesos.
    expect(brief('Taller de costura en Cholula, arreglos desde $150').facts.prices[0]).toMatchObject({ currency: 'MXN' });
    // A state after the town chooses among towns of one name; a country is a country.
    expect(brief('used bookstore in Burlington VT, we buy and trade books').location).toMatchObject({ country: 'US' });
    expect(brief('Laundromat at 418 Maple St, Dayton, OH 45402, open every day').location).toMatchObject({ text: 'Dayton', country: 'US' });
    // A US town named like a country, with its state, is that town, written with its state; the
    // country is never read from the town's own name ("Mexico, MO" dialled +52).
    expect(brief('Piano lessons in Peru, Indiana, $30 for 30 minutes').location).toEqual({ text: 'Peru, Indiana', country: 'US' });
    expect(brief('Tax returns upstairs on the square in Mexico, MO. Call (573) 555-0102').location).toEqual({
      text: 'Mexico, MO',
      country: 'US',
    });
    const lebanon = brief('Family bakery in Lebanon, Pennsylvania since 1988. Shoofly pie $14.');
    expect(lebanon.location).toEqual({ text: 'Lebanon, Pennsylvania', country: 'US' });
    expect(lebanon.name).toBeNull();
    expect(brief('Dog walker in Jordan, Minnesota, $20 per walk').location?.country).toBe('US');
    // A country alone stays the country.
    expect(brief('Clases de cocina en Perú, a domicilio').location?.country).toBe('PE');
    expect(brief('I play the fiddle at weddings around the Pittsburgh area').location).toMatchObject({ country: 'US' });
    expect(brief('Café de especialidad tostado en Colombia, envíos a todo el país').location?.country).not.toBe('CU');
    // Where the writer capitalises names, a lowercase word is a word ("na loja"), not Loja in Ecuador.
    expect(brief('Tenho uma oficina em Alfama onde pinto azulejos, peças à venda na loja').location?.country).not.toBe('EC');
  });

  it('takes where the person says they are ("aqui em", "somos de", "workshop in") over a town named later, known or not', () => {
    // A small town the gazetteer does not know, before the bigger towns served.
    const joiner = brief('Sou marceneiro, aqui em Poço Fundo, no sul de Minas. Entrego em Varginha e Pouso Alegre.');
    expect(joiner.location?.text).toMatch(/^Poço Fundo\b/);
    // A known town, with its country said after it, before a bigger one of the same country.
    const cheese = brief('Somos de Rocha, Uruguay, y hacemos quesos de campo. Vendemos también en Montevideo.');
    expect(cheese.location).toEqual({ text: 'Rocha, Uruguay', country: 'UY' });
    expect(cheese.what).not.toBe('Uruguay');
    // Where the person once worked is not where the business is; the county after the town is no name.
    const clocks = brief('I restore clocks from my workshop in Llanidloes, Powys. I trained in London for years.');
    expect(clocks.location?.text).toBe('Llanidloes, Powys');
    expect(clocks.name).toBeNull();
    // The region after the town, led in by a preposition, is part of where, never what the business is.
    const group = brief('Escrevo pela associação, aqui em Cabaceiras, no Cariri da Paraíba. Levamos o grupo até Campina Grande.');
    expect(group.location?.text).toMatch(/^Cabaceiras, no Cariri da Paraíba/);
    expect(group.what).not.toMatch(/Cariri|Cabaceiras/);
  });

  it('never takes "c/" (com) and a price for a Spanish street ("C/ Mayor 12")', () => {
    expect(brief('Marmitas: frango c/ batata doce R$ 22, entrega em Curitiba').facts.address).toBeUndefined();
    expect(brief('Bar de tapas en C/ Mayor 12, Madrid').facts.address).toBe('C/ Mayor 12');
  });

  it('takes a name only where a name stands: never capitals the business works with, for or describes', () => {
    // Words the capitals describe, a brand the business prepares for, a carrier, a town.
    expect(brief('I play the Great Highland bagpipes for weddings and funerals around Pittsburgh').name).toBeNull();
    expect(brief('Escuela de idiomas en Valencia, clases para adultos, preparación Trinity y Oxford').name).toBeNull();
    expect(brief('Vendo velas aromáticas artesanais, envio pelos Correios para todo o Brasil').name).toBeNull();
    expect(brief('A handyman business serving greater Denver, small repairs and assembly').name).toBeNull();
    // Where a name stands: after what the business is, at the start, after a naming cue or "we are".
    expect(brief('Oficina de bicicletas Roda Livre em Campinas, revisão e peças').name).toBe('Roda Livre');
    expect(brief('Panadería Trigo Sur, Montevideo. Pan de masa madre y facturas.').name).toBe('Panadería Trigo Sur');
    expect(brief('We make candles by hand in small batches. Brand: Ember & Oak').name).toBe('Ember & Oak');
    expect(brief('Somos a associação Mãos Dadas, apoiamos idosos em Braga').name).toBe('Mãos Dadas');
    expect(brief('minha empresa de jardinagem em Niterói, a Verde Vivo, faz podas e paisagismo').name).toBe('Verde Vivo');
  });

  it('takes a currency code next to the amount over the symbol ("$250 MXN" is pesos, not dollars)', () => {
    const prices = brief('Alquiler de trajes en Toluca: renta por 3 días desde $250 MXN').facts.prices;
    expect(prices).toHaveLength(1);
    expect(prices[0]).toMatchObject({ amount: 250, currency: 'MXN' });
    expect(brief('Guitar lessons, USD $40 per month').facts.prices[0]).toMatchObject({ amount: 40, currency: 'USD', period: 'month' });
  });

  it('reads "chama no whats", "e região" and "open 9-5" as the channel, the area and the hours, never offerings', () => {
    const towing = brief('reboque 24h em Campinas e região, pane seca e troca de pneu. chama no whats (19) 99345-7788');
    expect(towing.items?.map((item) => item.text)).toEqual(['pane seca', 'troca de pneu']);
    expect(towing.features).toContain('whatsapp');
    expect(towing.facts.whatsapp).toBe('5519993457788');
    const shop = brief('record store in Austin and surrounding areas, vinyl and cassettes. open 11-7 wed-sun');
    expect(shop.items?.map((item) => item.text)).not.toContain('open');
    expect(shop.features).toContain('hours');
    // "cópia de chaves" (copies of keys) is not the town of Chaves, in Portugal.
    expect(brief('chaveiro em Sorocaba e região, cópia de chaves').languages).toEqual(['pt-BR']);
  });

  it('keeps every number given and tells the WhatsApp from the phone for calls by its label', () => {
    const two = brief('Clínica veterinária Patinhas em Recife, WhatsApp (81) 99876-5432 e telefone (81) 3222-1111').facts;
    expect(two.phones[0]?.replace(/\D/g, '')).toBe('8132221111');
    expect(two.whatsapp).toBe('5581998765432');
    const after = brief('Plumber in Austin, call (512) 555-0142 or +1 512 555 0199 (WhatsApp)').facts;
    expect(after.phones[0]?.replace(/\D/g, '')).toBe('5125550142');
    expect(after.whatsapp).toBe('15125550199');
    // "call (512) …" asks for the phone; "call" is not something the plumber offers.
    expect(brief('Plumber in Austin, call (512) 555-0142').items?.map((item) => item.text)).not.toContain('call');
    // One number and WhatsApp named: that number is both.
    const one = brief('Barbearia em Curitiba, telefone e WhatsApp (41) 99876-5432').facts;
    expect(one.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['41998765432']);
    expect(one.whatsapp).toBe('5541998765432');
  });

  it('takes a part every site has ("a contact form", "about us") for neither an offering nor a topic', () => {
    for (const prompt of [
      'A landing page for a vegan bakery called Green Crumb, with a contact form',
      'Website for a plumbing company with a contact page and an about us section',
      'Loja de bicicletas no Porto: reparações, aluguer e contactos',
    ]) {
      const read = brief(prompt);
      expect(read.items?.map((item) => item.text.toLowerCase()).join(' | ') ?? '').not.toMatch(/contact|about/);
      expect(read.unused?.some((entry) => entry.why === 'site' && /contact/i.test(entry.words))).toBe(true);
    }
    // A topic of their own is still one: "uma área de adoção".
    expect(brief('Site para a ONG Patas, página sobre nós, contato e uma área de adoção').items).toContainEqual({
      text: 'adoção',
      role: 'topic',
    });
  });

  it('never takes a place or a country for the name', () => {
    expect(brief('Surf camp in Portugal for beginners').name).toBeNull();
    expect(brief('Loja online de conservas portuguesas, envios para Portugal e Espanha').name).toBeNull();
    expect(brief('Clínica de fisioterapia em Lisboa, perto do metro de Arroios.').name).toBeNull();
    expect(brief('Barbearia Navalha de Ouro no Rio de Janeiro').name).toBe('Barbearia Navalha de Ouro');
  });

  it('reads names that are quoted, called, leading or capitalised, and solo professionals as the business', () => {
    expect(brief('Yoga studio in Miami called Salt & Sun').name).toBe('Salt & Sun');
    expect(brief('Bean There is a specialty coffee shop in Brooklyn.').name).toBe('Bean There');
    // The request before the name is not part of it.
    expect(brief('A website for Crumb Bakery, a sourdough bakery in Austin, Texas.').name).toBe('Crumb Bakery');
    expect(brief('Um site para a Padaria Sol Nascente, uma padaria artesanal em Recife.').name).toBe('Padaria Sol Nascente');
    expect(brief('Create a landing page for Lume Studio, a photography studio in Porto.').name).toBe('Lume Studio');
    expect(brief('A website for a sourdough bakery in Austin, with a gallery.').name).toBeNull();
    expect(brief('Food truck de tacos mexicanos, o Taco Loco, rodamos por BH.').name).toBe('Taco Loco');
    expect(brief('Sou psicóloga clínica, Dra. Juliana Prado, atendo adultos.').name).toBe('Juliana Prado');
    expect(brief('Family dentist in Toronto, Dr. Priya Shah.').name).toBeNull();
    expect(brief('Encomendas pelo WhatsApp (11) 98765-4321, aberto das 7h às 19h').name).toBeNull();
  });

  it('reads where the writer says they are from as the name, even when the name holds a town ("sou da Associação Bela Vista")', () => {
    const association = brief('Olá, somos da Associação Bela Vista, um grupo de bordadeiras de Campinas. Fale com a Dona Nair.');
    expect(association.name).toBe('Associação Bela Vista');
    expect(association.location?.text).toBe('Campinas');
    expect(brief('Boa tarde, sou da Cooperativa Nova Friburgo, apicultores familiares em Teresópolis').name).toBe(
      'Cooperativa Nova Friburgo',
    );
    expect(brief('Boa tarde, sou do Clube Santa Cruz, escolinha de futebol pra crianças em Recife').name).toBe('Clube Santa Cruz');
    const library = brief("Hi, I'm from Maple Grove Seed Library, we lend heirloom seeds in Omaha.");
    expect(library.name).toBe('Maple Grove Seed Library');
    expect(library.what).not.toMatch(/^from\b/i);
    // A business named after a person keeps the person's title ("Sr.", "Dr.") inside its name…
    expect(brief('Oficina do Sr. Joaquim em Braga — travões, embraiagens e revisões.').name).toBe('Oficina do Sr. Joaquim');
    // (a professional's practice is named after the professional, never "Consultório da Dra. …")
    expect([null, 'Marta Lins']).toContain(brief('Consultório da Dra. Marta Lins, pediatra em Niterói').name);
    // …and whom to talk to is a person, never the business nor what it is.
    const contact = brief("Hi, I'm from Oak Hollow Tool Library in Dayton. Contact Mrs. Patterson at 555-0134 to borrow a drill.");
    expect(contact.facts.people).toContain('Mrs. Patterson');
    expect(contact.name).toBe('Oak Hollow Tool Library');
    expect(contact.what).not.toMatch(/contact/i);
    // A role in an organisation names it; the writer's own first name is neither the name nor what it is.
    const parents = brief('Olá, sou a Teresa, tesoureira da Associação de Pais da Escola Vila Verde, queremos um site para a festa junina');
    expect(parents.name).toBe('Associação de Pais da Escola Vila Verde');
    expect(parents.what).not.toBe('Teresa');
    expect(brief('Sou o Márcio, dono da Borracharia Estrela em Itabuna, conserto pneu de carro e moto').name).toBe('Borracharia Estrela');
    const diner = brief("Hi, I'm Dana Lee, owner of the Copper Kettle Diner in Tulsa. Breakfast all day.");
    expect(diner.name).toBe('Copper Kettle Diner');
    expect(diner.what).not.toMatch(/^owner/i);
    // A town with a word around it is still a place: "Centro de Lisboa", "Grande Porto Alegre".
    expect(brief('Site para uma clínica de fisioterapia no Centro de Lisboa').name).toBeNull();
    expect(brief('Padaria em Grande Porto Alegre, pão de fermentação natural').name).toBeNull();
  });

  it('picks the specific kind over a family word, with family fallbacks', () => {
    expect(brief('banho e tosa para cachorros em Campinas').kind.id).toBe('pet-grooming');
    expect(brief('clinica odontologica em BH').kind.id).toBe('dentist');
    expect(brief('Clínica veterinária 24 horas').kind.id).toBe('veterinarian');
    expect(brief('Assistência técnica de celulares e notebooks em Recife').kind.id).toBe('electronics-repair');
    const fallback = brief('uma loja em Curitiba');
    expect(fallback.kind).toMatchObject({ id: 'online-store', isFallback: true });
    expect(brief('something nice').kind).toMatchObject({ id: 'local-business', family: 'general' });
  });

  it('takes the site languages from the prompt and the place, not the UI', () => {
    expect(brief('Pastelaria em Lisboa, pastéis de nata', ['en']).languages).toEqual(['pt-PT']);
    expect(brief('Padaria em Coimbra com pão quente').languages).toEqual(['pt-PT']);
    expect(brief('Padaria artesanal em São Paulo', ['en']).languages).toEqual(['pt-BR']);
    expect(brief('Escola de inglês em Floripa, site bilíngue português e inglês').languages).toEqual(['pt-BR', 'en']);
    expect(brief('Bilingual Portuguese and English site for a capoeira school in Newark').languages).toEqual(['en', 'pt-BR']);
    expect(brief('Boutique hotel in Porto. English and Portuguese.').languages).toEqual(['en', 'pt-PT']);
    expect(brief('Panadería artesanal en Madrid').languages).toEqual(['es']);
    // A language named as a subject is not a site language.
    expect(brief('Academia de inglés para niños en Santiago de Chile').languages).toEqual(['es']);
    // Too short to tell: the studio's choice.
    expect(brief('cafeteria', ['pt-BR']).languages).toEqual(['pt-BR']);
  });

  it('lists requested features and the facts they need, honouring "no testimonials"', () => {
    const b = brief(
      'Barbearia no Rio, corte R$ 45 e barba R$ 35, agendamento pelo WhatsApp +55 21 99876-5432. Nada de depoimentos inventados.',
    );
    expect(b.features).toEqual(expect.arrayContaining(['whatsapp', 'booking', 'pricing', 'phone']));
    expect(b.features).not.toContain('testimonials');
    expect(b.facts.whatsapp).toBe('5521998765432');
    expect(b.facts.prices.map((price) => [price.text, price.amount, price.currency, price.label])).toEqual([
      ['R$ 45', 45, 'BRL', 'corte'],
      ['R$ 35', 35, 'BRL', 'barba'],
    ]);
    const ong = brief('ONG Patinhas do Bem em Recife: doação pelo PIX (chave: doe@patinhas.org.br) e newsletter.');
    expect(ong.features).toEqual(expect.arrayContaining(['donation', 'newsletter']));
    expect(ong.facts.pixKey).toBe('doe@patinhas.org.br');
    expect(ong.facts.emails).toEqual([]);
    const hours = brief('Oficina em Campinas, seg a sex 8h-18h, sáb 8h-12h');
    expect(hours.facts.openingHours).toEqual(['Mo-Fr 08:00-18:00', 'Sa 08:00-12:00']);
    expect(hours.features).toContain('hours');
  });

  it('says which advertising rules apply to lawyers and health professionals, and why', () => {
    expect(brief('Escritório de advocacia trabalhista em Curitiba').regulated).toMatchObject({
      profession: 'law',
      code: expect.stringContaining('OAB'),
    });
    expect(brief('Clínica dentária em Cascais').regulated).toMatchObject({
      profession: 'health',
      avoid: expect.arrayContaining(['testimonials']),
    });
    expect(brief('Padaria em Lisboa').regulated).toBeNull();
  });

  it('produces a brief the schema accepts', () => {
    for (const prompt of ['Padaria', 'Surf camp in Portugal', 'Fundación Manos Unidas por Bogotá, donaciones y boletín']) {
      expect(siteBriefSchema.safeParse(brief(prompt)).success).toBe(true);
    }
  });

  it('keeps days given without times ("de segunda a sábado") and notes features asked for without their facts', () => {
    const garage = brief('Oficina auto em Guimarães, revisões e pneus. Horário de segunda a sábado.');
    expect(garage.facts.openingHours).toEqual(['Mo-Sa']);
    expect(garage.notes.join('\n')).not.toMatch(/Opening hours asked for/);
    expect(garage.notes.join('\n')).toMatch(/Opening days given without the times/);
    const shelter = brief('Projeto social em Fortaleza. Queremos receber doações, mostrar o horário e encomendas por telefone.');
    expect(shelter.facts.openingHours).toBeUndefined();
    expect(shelter.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Opening hours asked for but not given/),
        expect.stringMatching(/^Donations asked for without a link or PIX key/),
      ]),
    );
    expect(brief('Abrigo em Recife, doações pelo PIX (chave: doe@abrigo.org.br)').notes.join('\n')).not.toMatch(/Donations asked for/);
  });

  it('does not take the site’s own sections for offerings ("pedidos de reserva, galeria e perguntas frequentes")', () => {
    expect(
      brief('Alojamento local na Ericeira junto à praia. Pedidos de reserva, galeria e perguntas frequentes.').facts.offerings,
    ).toEqual([]);
    // In the person's own words, as they wrote them (the page capitalises a card's title).
    expect(brief('Clínica odontológica em BH: implantes, clareamento e ortodontia').facts.offerings).toEqual([
      'implantes',
      'clareamento',
      'ortodontia',
    ]);
  });

  it('does not take the country of the place, or a phrase cut off before its contact ("book by"), for offerings', () => {
    expect(
      brief('Marina boat rentals in Split, Croatia, half-day and full-day trips, book by WhatsApp +385 91 234 5678').facts.offerings,
    ).toEqual(['half-day and full-day trips']);
    // A travel agency's countries are what it sells.
    expect(brief('Travel agency in Porto: trips to Italy, Greece and Croatia').facts.offerings).toEqual([
      'trips to Italy',
      'Greece',
      'Croatia',
    ]);
  });

  it('does not take the site’s languages for offerings, but keeps a language school’s', () => {
    expect(
      brief('Barbearia Navalha de Ouro em Curitiba, site bilíngue português e inglês. Agendamento pelo WhatsApp.').facts.offerings,
    ).toEqual([]);
    const school = brief('Escola de idiomas em Porto Alegre: inglês, espanhol e francês para adultos.');
    expect(school.facts.offerings).toEqual(['inglês', 'espanhol', 'francês para adultos']);
    // …and they are not the site's languages either.
    expect(school.languages).toEqual(['pt-BR']);
  });

  it('takes "preços", "horário" and the like for sections asked for, not offerings or price labels', () => {
    expect(
      brief('Escola de condução em Braga, cartas de ligeiros e motociclos, preços e horário da secretaria.').facts.offerings,
    ).not.toContain('Preços');
    const surf = brief('Surf house na Ericeira, com preços a partir de 35 € por noite.');
    expect(surf.facts.prices[0]).not.toHaveProperty('label');
    expect(surf.kind.id).toBe('guesthouse');
  });

  it('knows a US state is a place, not a name, and the kinds found through the held-out prompts', () => {
    expect(brief('Small craft brewery in Bend, Oregon with a tap room.').name).toBeNull();
    expect(brief('Small craft brewery in Bend, Oregon with a tap room.').kind.id).toBe('bar');
    expect(brief('Oficina e loja de bicicletas em Setúbal').kind.id).toBe('bike-shop');
    // Repairs of bicycles are a bike shop's, not a generic shop's, a school's "workshop" or a car garage's.
    expect(brief('Bike repair shop in Portland, tune-ups and flat fixes').kind.id).toBe('bike-shop');
    expect(brief('Bicycle repair workshop in Leeds').kind.id).toBe('bike-shop');
    expect(brief('Bike mechanic in Austin, mobile repairs').kind.id).toBe('bike-shop');
    expect(brief('Bike tours in Lisbon with a guide').kind.id).not.toBe('bike-shop');
    expect(brief('Consultório de psicologia em Belo Horizonte').kind.id).toBe('psychologist');
    expect(brief('Estúdio de tatuagem em Curitiba').kind.id).toBe('tattoo-studio');
    expect(brief('Marina boat rentals in Split, Croatia').kind.id).toBe('tour-operator');
    expect(brief('Mi tienda de plantas en Buenos Aires').kind.id).toBe('plant-shop');
    expect(brief('A volunteer-run cat rescue in Cardiff').kind.id).toBe('animal-shelter');
    expect(brief('Vidraçaria em Campinas: box e espelhos').kind.id).toBe('contractor');
  });

  it('never takes a road, an area word or a country after the town for the name (held-out 3)', () => {
    const tyres = brief('borracharia 24h na BR-116 em Feira de Santana, socorro na estrada');
    expect(tyres.name).toBeNull();
    expect(tyres.location?.text).toBe('Feira de Santana');
    const tailor = brief('Ateliê de costura e ajustes no centro de Juiz de Fora. Barra de calça.');
    expect(tailor.name).toBeNull();
    expect(tailor.location?.text).toBe('Juiz de Fora');
    expect(brief('Surf school in Tamarindo, Costa Rica. Lessons for beginners').name).toBeNull();
    // Any country, in en/pt/es, not only the few whose code shapes the site.
    expect(brief('Marina boat rentals in Split, Croatia').name).toBeNull();
    expect(brief('Pousada familiar em Kotor, Montenegro').name).toBeNull();
    expect(brief('Panadería en Tiflis, Georgia').name).toBeNull();
    expect(brief('Jordan Plumbing in Dallas').name).toBe('Jordan Plumbing');
    // Opening days are hours, not a name ("Welcome to Wed-Sun").
    expect(brief('Pottery studio in Asheville, open Wed-Sun 10am-6pm').name).toBeNull();
    expect(brief('Barbearia em Santos, Seg-Sex 9h-19h').name).toBeNull();
    expect(brief('Sun Bakery in Brighton, open Tue-Sun').name).toBe('Sun Bakery');
    expect(brief('Restaurante com peru assado no Natal em Recife').location?.country).not.toBe('PE');
    // The place's own spelling (ñ) does not make an English prompt Spanish.
    expect(brief('Yoga retreat in Montañita, Ecuador, week packages from $650, booking form').languages).toEqual(['en']);
  });

  it('"my name is …" names the person, not the business — unless the person is the business (held-out 3)', () => {
    const cakes = brief('quero um site pra minha confeitaria de bolos caseiros em goiania. meu nome é Dona Neide.');
    expect(cakes.name).toBeNull();
    expect(cakes.facts.people).toEqual(['Dona Neide']);
    const therapist = brief("Hi, I'm a licensed family therapist in Seattle. I'd like a calm website. My name is Dana Whitfield.");
    expect(therapist.name).toBe('Dana Whitfield');
    expect(brief('Barbearia em Curitiba, o nome é Navalha de Ouro').name).toBe('Navalha de Ouro');
  });

  it('a town in Portugal the gazetteer lacked still means pt-PT; one that is also a word needs a preposition', () => {
    expect(brief('Eletricista certificado em Loures: quadros elétricos').languages).toEqual(['pt-PT']);
    expect(brief('Cabeleireiro em Odivelas, cortes e madeixas').languages).toEqual(['pt-PT']);
    expect(brief('Cafeteria em Curitiba para tomar café com calma').languages).toEqual(['pt-BR']);
  });

  it('reads a Brazilian number given as "zap" for WhatsApp when no place says which country (held-out 3)', () => {
    expect(brief('borracharia 24h, chama no zap 75 99123-4567').facts.whatsapp).toBe('5575991234567');
  });

  it('knows kinds people type that the taxonomy lacked: tyres, tailors, funerals, hardware, walkers, taco trucks', () => {
    expect(brief('borracharia e alinhamento em Feira de Santana').kind.id).toBe('auto-repair');
    expect(brief('costureira em Belo Horizonte, ajustes de roupas').kind.id).toBe('tailor');
    expect(brief('Funerária São Judas em Uberlândia, plano funerário').kind.id).toBe('funeral-home');
    expect(brief('ferretería de barrio en Rosario').kind.id).toBe('hardware-store');
    expect(brief('dog walker in austin tx, solo and group walks').kind.id).toBe('dog-walker');
    expect(brief('Talho em Viseu, carnes maturadas').kind.id).toBe('food-store');
    expect(brief('Taco truck in Denver, catering for parties').kind.id).toBe('food-truck');
  });

  it('reads who the site is for, in the prompt’s own words', () => {
    expect(brief('Barbearia Navalha de Ouro em Curitiba. Para homens e meninos.').audience).toBe('homens e meninos');
    expect(brief('Swim school in Leeds for kids and adults').audience).toBe('kids and adults');
    expect(brief('Padaria vegana em Lisboa com encomendas pelo WhatsApp').audience).toBeNull();
  });
});

describe('extractBrief: held-out batch 4 (session 29)', () => {
  it('never takes a street with its number, or the town after it, for the name; a name that starts with a street word is still a name', () => {
    const garage = brief('site pra minha oficina mecanica, troca de oleo, freios. endereço Rua das Flores 120, Santo André. quero mapa');
    expect(garage.name).toBeNull();
    expect(garage.facts.address).toBe('Rua das Flores 120');
    expect(brief('Oficina no endereço Avenida Brasil, 455, Campinas').name).toBeNull();
    expect(brief('Autoescola Estrada Segura em Braga, aulas de condução').name).toBe('Autoescola Estrada Segura');
  });

  it('reads opening hours written as bare numbers after days or an hours word, and not ages, counts or quantities', () => {
    expect(brief('I run a small bookshop in Edinburgh. Opening hours Mon-Sat 9-6.').facts.openingHours).toEqual(['Mo-Sa 09:00-18:00']);
    expect(brief('vegan bakery in Lisbon, open 8-19 every day').facts.openingHours).toEqual(['Mo-Su 08:00-19:00']);
    expect(brief('Taquería en Puebla, abierto de 10 a 22').facts.openingHours).toEqual(['Mo-Su 10:00-22:00']);
    for (const prompt of [
      'escola de inglês, turmas de 4 a 12 anos',
      'aulas 2-3 vezes por semana',
      'terapia 1-2 vezes',
      'mesas para 2-6 pessoas',
    ])
      expect(brief(prompt).facts.openingHours, prompt).toBeUndefined();
  });

  it('takes a CNPJ as a PIX key, and a church taking offerings by PIX asks for a donation call to action', () => {
    const church = brief('Igreja Batista Esperança em Manaus, cultos domingo 9h e 19h, ofertas via PIX 12.345.678/0001-90');
    expect(church.facts.pixKey).toBe('12.345.678/0001-90');
    expect(church.facts.phones).toEqual([]);
    expect(church.features).toContain('donation');
  });

  it('an English prompt that names the local language first leads with it; a prompt in the local community’s language keeps leading', () => {
    expect(brief('bakery in Lisbon, vegan pastries, site in Portuguese and English').languages).toEqual(['pt-PT', 'en']);
    expect(brief('Bilingual English/Spanish website for Lopez Family Dental in San Antonio').languages).toEqual(['en', 'es']);
    expect(brief('Quiero una web para mi hostal en Cusco en español e inglés con reservas').languages).toEqual(['es', 'en']);
  });

  it('knows antojitos and fondas are restaurants, and a menu, orders or the business itself are not offerings', () => {
    const antojitos = brief('Antojitos Doña Mary en Puebla, menú con precios, horario de 6pm a 1am, pedidos por Rappi');
    expect(antojitos.kind.id).toBe('restaurant');
    expect(antojitos.name).toBe('Antojitos Doña Mary');
    expect(antojitos.facts.offerings).toEqual([]);
  });

  it('never takes the languages the staff speak for an offering', () => {
    expect(brief('Family dentist in Houston, cleanings, braces and implants, se habla español').facts.offerings).toEqual([
      'cleanings',
      'braces',
      'implants',
    ]);
    expect(brief('Clínica dentária em Faro: implantes, branqueamento, we speak English').facts.offerings).toEqual([
      'implantes',
      'branqueamento',
    ]);
  });
});

describe('extractBrief: a place told by a landmark, a phone asked for without the number', () => {
  it('takes the town outside the landmark as the location ("em Lisboa perto do metro de Arroios" is in Lisboa)', () => {
    const florist = brief('Florista em Lisboa perto do metro de Arroios, ramos de noiva');
    expect(florist.location?.text).toBe('Lisboa');
    expect(florist.facts.landmark).toBe('perto do metro de Arroios');
    // With no town besides, the landmark's own place still says where it is.
    expect(brief('Clínica de fisioterapia perto do metro de Arroios').location?.text).toBe('Arroios');
    expect(brief('Hostel near Times Square in New York').location?.text).toBe('New York');
  });

  it('takes a landmark or area as where the business is, in pt, en and es, and asks for a map to it', () => {
    const physio = brief('Clínica de fisioterapia e osteopatia em Lisboa, perto do metro de Arroios. Horário: segunda a sexta 9h-20h.');
    expect(physio.facts.landmark).toBe('perto do metro de Arroios');
    expect(physio.facts.address).toBeUndefined();
    expect(physio.features).toContain('map');
    expect(missingFacts(physio).some((entry) => entry.feature === 'map')).toBe(false);
    const landmarks: Array<[string, string]> = [
      ['Padaria em Tiradentes, em frente à igreja matriz, pão de queijo quentinho', 'em frente à igreja matriz'],
      ['Restaurante de peixe ao lado do Mercado do Bolhão no Porto', 'ao lado do Mercado do Bolhão'],
      ['Alojamento local na Ericeira junto à praia, ideal para surfistas', 'junto à praia'],
      ['Hostel in Lisbon next to the train station, dorms and private rooms', 'next to the train station'],
      ['Coffee shop near the old market in Leeds and open daily', 'near the old market'],
      ['Bar de tapas en Madrid, cerca de la Plaza Mayor y con terraza', 'cerca de la Plaza Mayor'],
      ['Librería al lado del Teatro Colón en Buenos Aires', 'al lado del Teatro Colón'],
    ];
    for (const [prompt, landmark] of landmarks) {
      const read = brief(prompt);
      expect(read.facts.landmark, prompt).toBe(landmark);
      expect(read.features, prompt).toContain('map');
    }
  });

  it('never takes the landmark for the business name, and still finds the name beside it', () => {
    expect(brief('Sorveteria artesanal em Paraty, em frente à Igreja de Santa Rita, sabores da estação').name).toBeNull();
    expect(brief('Yoga studio in Leeds opposite the Corn Exchange, morning classes').name).toBeNull();
    expect(brief('Heladería en Valencia al lado del Mercado Central, helados artesanales').name).toBeNull();
    expect(brief('Tasca O Zé Manel em Coimbra, junto à Sé Velha, petiscos e vinho da casa').name).toBe('Tasca O Zé Manel');
  });

  it('takes neither a town, nor "near you", nor an amount for a landmark', () => {
    for (const prompt of [
      'Quinta dos Loureiros, espaço para casamentos perto de Viseu',
      'Pizzaria com entrega perto de você em Curitiba',
      'Dog walker in Denver, always near you',
      'Academia de baile en Sevilla con cerca de 20 años de experiencia',
      'Loja de roupa em Braga, perto de 300 clientes satisfeitos',
    ]) {
      const read = brief(prompt);
      expect(read.facts.landmark, prompt).toBeUndefined();
      expect(read.features, prompt).not.toContain('map');
    }
  });

  it('keeps a phone asked for without the number, noting it is awaited; a phone consultation or repair is not that', () => {
    const florist = brief('Florista em Évora, ramos de noiva e entregas ao domicílio, encomendas por telefone');
    expect(florist.features).toContain('phone');
    expect(florist.facts.phones).toEqual([]);
    expect(missingFacts(florist)).toContainEqual({ feature: 'phone', fact: 'phone' });
    expect(florist.notes.join('\n')).toMatch(/add your phone number/);
    expect(brief('Bakery in Austin, sourdough and pastries, call us to order').features).toContain('phone');
    expect(brief('Peluquería en Sevilla, pide cita por teléfono').features).toContain('phone');
    // "Sin compromiso" (no obligation) is an offer's terms, not a refusal of the phone after it.
    expect(brief('Fontanero en Málaga, presupuesto sin compromiso por teléfono').features).toContain('phone');
    expect(brief('Emergency locksmith in Denver, give us a call any time').features).toContain('phone');
    expect(brief('Immigration attorney in Houston. Free 15-minute phone consultation.').features).not.toContain('phone');
    expect(brief('Phone repair shop in Leeds, screens and batteries').features).not.toContain('phone');
  });
});

describe('missingFacts', () => {
  it('lists each feature asked for without the fact that makes it work, and nothing the prompt gave', () => {
    const asked = brief('Igreja em Belo Horizonte, quero horário dos cultos, botão de doação, WhatsApp e um mapa');
    expect(missingFacts(asked)).toEqual(
      expect.arrayContaining([
        { feature: 'hours', fact: 'hours' },
        { feature: 'whatsapp', fact: 'phone' },
        { feature: 'donation', fact: 'donation' },
      ]),
    );
    // The city is enough for a map link.
    expect(missingFacts(asked).some((entry) => entry.feature === 'map')).toBe(false);
    // Days without times still need the times.
    expect(missingFacts(brief('Oficina aberta de segunda a sábado, quero mostrar o horário')).map((entry) => entry.fact)).toContain(
      'hours',
    );
    const given = brief(
      'Padaria em Recife, aberta seg a sex 7h às 19h, WhatsApp (81) 98765-4321, doações pelo PIX chave pix@padaria.com.br',
    );
    expect(missingFacts(given)).toEqual([]);
  });
});

// "de 9 a 1 y de 4 a 7": the afternoon after a lunch break was lost, or became every day's.
describe('opening hours with a break', () => {
  it('a second range joined to the first is the same days’ afternoon, bare numbers too', () => {
    expect(
      extractBrief({ prompt: 'Óptica en Puebla. Horario: lunes a viernes de 9 a 1 y de 4 a 7, sábado de 9 a 1.' }).facts.openingHours,
    ).toEqual(['Mo-Fr 09:00-13:00', 'Mo-Fr 16:00-19:00', 'Sa 09:00-13:00']);
    expect(
      extractBrief({ prompt: 'Loja em Braga, aberta seg a sex das 8h às 12h e das 14h às 18h, sáb das 8h às 12h.' }).facts.openingHours,
    ).toEqual(['Mo-Fr 08:00-12:00', 'Mo-Fr 14:00-18:00', 'Sa 08:00-12:00']);
  });

  // "11.30-1.30" was a shop open through the night; "12nn" was midnight.
  it('a 12-hour clock with minutes and no am/pm closes in the afternoon; 24-hour clocks stay through midnight', () => {
    const hours = (prompt: string) => extractBrief({ prompt }).facts.openingHours;
    expect(hours('Sandwich bar in Leeds, open Mon-Fri 7.30-2.30, Sat 9-1.')).toEqual(['Mo-Fr 07:30-14:30', 'Sa 09:00-13:00']);
    expect(hours('Tea room in Harrogate, Wed-Sun 10.30-12.30 & 2-5.30, closed Mon and Tue.')).toEqual([
      'We-Su 10:30-12:30',
      'We-Su 14:00-17:30',
    ]);
    expect(hours('Pub in Cork, Thu-Sat 11:45-11:15')).toEqual(['Th-Sa 11:45-23:15']);
    // A leading zero or an hour past 12 is a 24-hour clock: a bar open to 2 in the morning.
    expect(hours('Bar em Lisboa, qui a sáb 22:00-02:00')).toEqual(['Th-Sa 22:00-02:00']);
    expect(hours('Cocktail bar, Fri-Sat 08:00-02:00')).toEqual(['Fr-Sa 08:00-02:00']);
  });

  it('a part with a clock time is when something happens, never a card; "X City" is the town whole', () => {
    const brief = extractBrief({ prompt: 'Carinderia ni Aling Rosa in Iloilo City, lunch only Mon-Sat 10am-12nn and merienda 3pm-5pm.' });
    expect(brief.location).toMatchObject({ text: 'Iloilo City', country: 'PH' });
    expect(brief.facts.offerings).not.toContainEqual(expect.stringMatching(/\d|^City$/));
    expect(brief.items).toContainEqual({ text: 'lunch only Mon-Sat 10am-12nn', role: 'schedule' });
    // A length of time is no clock: "massagem 1h" stays what is sold.
    const spa = extractBrief({ prompt: 'Spa em Natal: massagem 1h, drenagem e limpeza de pele.' });
    expect(spa.facts.offerings).toContainEqual(expect.stringMatching(/^massagem/i));
  });

  it('"12nn" and "12 noon" are midday, "12mn" midnight', () => {
    const hours = (prompt: string) => extractBrief({ prompt }).facts.openingHours;
    expect(hours('Eatery in Cebu City, Mon-Sat 10am-12nn only. Call 0918 222 3344.')).toEqual(['Mo-Sa 10:00-12:00']);
    expect(hours('Bakeshop in Davao, open daily 6am-12 noon')).toEqual(['Mo-Su 06:00-12:00']);
    expect(hours('Videoke bar in Quezon City, Fri-Sat 6pm-12mn')).toEqual(['Fr-Sa 18:00-00:00']);
  });
});

// "Call or sms 0722 …" once gave the cards "Call" and "Sms": the ways to reach a number lead into it.
describe('the words that lead into a phone', () => {
  it('are no offerings, whichever channel they name', () => {
    for (const prompt of [
      'Lettering and hand-painted signs in Kisumu. Call or sms 0733 120 456.',
      'Bolos caseiros em Belém. Ligue ou mande mensagem 91 98888-1234.',
      'Clases de guitarra en Rosario. Llamame o mensaje al 341 555 1234.',
    ]) {
      const items = (extractBrief({ prompt }).items ?? []).map((item) => item.text.toLowerCase());
      expect(items, prompt).not.toContainEqual(expect.stringMatching(/^(call|sms|mensagem|mande mensagem|mensaje|llamame)$/));
    }
  });
});

// "DON'T put anything on the site that…", "no site pode por só…" were printed on the page, and
// what followed them became cards: an instruction to the builder is never words of the site.
describe('what the person tells us not to do', () => {
  it('is an instruction, never a detail or a card, in pt, en and es; what the business does not do stays theirs', () => {
    for (const [prompt, instruction] of [
      ['Eletricista em Caruaru, instalações e quadros. No site não coloca meu sobrenome, só Beto.', 'só Beto'],
      ['Dog groomer in Tulsa, baths and nail trims. Please don’t put my home address on the website, just the town.', 'just the town'],
      ['Clases de piano en Cuenca. En la página no pongas precios, los doy por mensaje.', 'los doy por mensaje'],
    ] as const) {
      const brief = extractBrief({ prompt });
      const shown = (brief.items ?? []).map((item) => item.text).join(' | ');
      expect(shown, prompt).not.toMatch(/coloca|put|pongas|Beto|town|mensaje/i);
      expect(
        brief.unused?.find((entry) => entry.why === 'site' && entry.words.includes(instruction)),
        prompt,
      ).toBeDefined();
    }
    const mason = extractBrief({ prompt: 'Pedreiro em Itu, reboco e piso. Não coloco telhado.' });
    expect((mason.items ?? []).map((item) => item.text)).toContain('Não coloco telhado');
  });
});

// "queria um site pra vender nossos queijos" made "Vender nossos queijos" the site's eyebrow.
describe('why the person wants the site', () => {
  it('is part of the request, never what the business is', () => {
    for (const [prompt, what] of [
      ['hola, quiero una pagina para promocionar mi taller de bicis en Cuenca, arreglos y repuestos', 'taller de bicis'],
      ['queria um site pra vender os meus doces de abóbora em Viçosa, compotas e cocadas', 'doces de abóbora'],
    ] as const)
      expect(extractBrief({ prompt }).what, prompt).toBe(what);
  });
});

// "para mi negocio X" gave the placeholder name though X was the name.
describe('the name right after the person calls the business theirs', () => {
  it('is taken, in lowercase too; a word that describes the business is not a name', () => {
    expect(extractBrief({ prompt: 'necesito una pagina para mi negocio panaderia san jose en loja, pan de yuca y empanadas' }).name).toBe(
      'Panadería San José',
    );
    expect(extractBrief({ prompt: 'quero um site pro meu negocio funilaria do tonho em lages, funilaria e pintura' }).name).toBe(
      'Funilaria do Tonho',
    );
    expect(extractBrief({ prompt: 'quero um site para o meu negócio familiar de doces em Natal' }).name).toBeNull();
  });
});

// "Collection only, no delivery" gave "Delivery available" and cards "Collection" and "Order at least a week ahead".
describe('what the business does not do, and how it works, are never offers', () => {
  it('a bare "no" before a feature refuses it in English and Spanish; in Portuguese "no" is "in the"', () => {
    expect(extractBrief({ prompt: 'Cakes from my kitchen in Galway. Collection only, no delivery.' }).features).not.toContain('delivery');
    expect(extractBrief({ prompt: 'Pizzería en Rosario, no delivery, solo para llevar.' }).features).not.toContain('delivery');
    expect(extractBrief({ prompt: 'Pizzaria em Curitiba, pedidos no delivery e no balcão.' }).features).toContain('delivery');
  });

  it('"X only" and a lead time are details; "only" before a price stays with the price', () => {
    const items = (prompt: string) => extractBrief({ prompt }).items;
    expect(items('Cakes in Galway. Collection only, no delivery.')).toContainEqual({ text: 'Collection only', role: 'detail' });
    expect(items('Pizzas in Leeds. Takeaway only. Margherita, pepperoni and calzone.')).toContainEqual({
      text: 'Takeaway only',
      role: 'detail',
    });
    expect(items('Cakes in Cork. Birthday cakes, cupcakes. Order at least a week ahead.')).toContainEqual(
      expect.objectContaining({ text: 'Order at least a week ahead', role: 'detail' }),
    );
    expect(extractBrief({ prompt: 'Car wash in Perth. Hand wash only $25, full valet $90.' }).facts.offerings).toEqual([
      'Hand wash',
      'full valet',
    ]);
  });
});

// "fica na av brasil 1200" was no address: the page said it in About and the map had only the town.
describe('a street typed fast', () => {
  it('"av" without its dot after "na"/"em"/"en" leads a street with its number; an "av studio" is none', () => {
    const address = (prompt: string) => extractBrief({ prompt }).facts.address;
    expect(address('borracharia em maringá, fica na av brasil 1200, aberta 24 horas')).toBe('av brasil 1200');
    expect(address('Salão em Goiânia, estamos na av goiás 1500')).toBe('av Goiás 1500');
    expect(address('I run an av studio in Leeds, 3 rooms')).toBeUndefined();
  });
});

// "portões, grades e corrimãos por orçamento" made "Corrimãos por orçamento" the quote form's note,
// and "corrimãos" was no offering: how a list is sold, said after its last thing, is the feature's.
describe('a list with how it is sold after its last thing', () => {
  it('keeps every thing as an offering and asks for the feature, with no note of its own', () => {
    for (const [prompt, things] of [
      ['Vidraçaria em Leiria: janelas, boxes e espelhos por orçamento. 244 812 300', ['janelas', 'boxes', 'espelhos']],
      ['Fencing in Ballarat: gates, decking and pergolas by quote. 0412 555 019', ['gates', 'decking', 'pergolas']],
    ] as const) {
      const read = brief(prompt);
      expect(read.facts.offerings, prompt).toEqual(things);
      expect(read.features, prompt).toContain('quote');
      expect(
        read.items?.filter((item) => item.feature === 'quote'),
        prompt,
      ).toEqual([]);
    }
  });

  it('a feature after "y"/"e" with a thing in between is said of the list, never the thing cut from it as the note', () => {
    const read = brief('Herrería en Tandil: rejas, portones y barandas a presupuesto. 249 444 1234');
    expect(read.facts.offerings.slice(0, 2)).toEqual(['rejas', 'portones']);
    expect(read.facts.offerings.join(' | ')).toMatch(/barandas/);
    expect(read.items?.filter((item) => item.feature === 'quote')).toEqual([]);
    expect(read.features).toContain('quote');
  });
});

// "pilates e marcação online" was unused whole, as if "online" asked for a site: a site word beside
// a feature says how the feature works, and the thing before it stays an offering.
describe('"online" beside a feature', () => {
  it('is the feature’s, and what comes before it in the list is still offered', () => {
    for (const [prompt, things] of [
      ['Osteopatia em Viseu, massagem desportiva e marcação online', ['massagem desportiva']],
      ['Nail bar in Swindon, gel nails, pedicures and online booking', ['gel nails', 'pedicures']],
      ['Peluquería en Getafe, mechas, cortes y reserva online', ['mechas', 'cortes']],
    ] as const) {
      const read = brief(prompt);
      expect(read.facts.offerings, prompt).toEqual(things);
      expect(read.features, prompt).toContain('booking');
    }
  });
});

// "exterior £8 and interior £12" gave the cards "Exterior £8" (its price in the title) and
// "Interior": a price right after its thing ends that thing.
describe('things and their prices said in one breath', () => {
  it('each thing is its own offering, named without its price, and keeps the price read for it', () => {
    for (const [prompt, things] of [
      ['Pet wash in Derby, small dogs £15 and large dogs £25.', ['small dogs', 'large dogs']],
      ['Engomadoria em Faro, camisas 1,20€ e toalhas 2€.', ['camisas', 'toalhas']],
      ['Manicure em Natal, pé R$ 25, mão R$ 20 e spa dos pés R$ 45.', ['pé', 'mão', 'spa dos pés']],
    ] as const) {
      const read = brief(prompt);
      expect(read.facts.offerings, prompt).toEqual(things);
      expect(
        read.facts.prices.map((price) => price.label),
        prompt,
      ).toEqual(things);
    }
  });
});

// "Mobile dog groomer covering ‹Bristol› and ‹Bath›" made the hero say "Mobile dog groomer covering":
// where the business goes is no part of what it is.
describe('what the business is, said with where it goes', () => {
  it('ends before the area verb, in every language; a verb of what is sold stays', () => {
    for (const [prompt, what] of [
      ['Chimney sweep covering Harrogate and Ripon, from £60.', 'Chimney sweep'],
      ['Jardineiro que atende Sintra e Cascais, podas e relvados.', 'Jardineiro'],
      ['Cerrajero que cubre Getafe y Leganés, aperturas urgentes.', 'Cerrajero'],
    ] as const)
      expect(brief(prompt).what, prompt).toBe(what);
    expect(brief('Coffee cart serving flat whites at weddings in Kent.').what).toMatch(/^Coffee cart serving flat whites/);
  });
});

describe('a country named as a thing moves no town', () => {
  it('"nada de bandeira dos Estados Unidos" leaves Americana (SP) in Brazil; "in Ireland" still says where', () => {
    const brief = extractBrief({
      prompt: 'Faço pequenos reparos em Americana (SP). Nada de bandeira dos Estados Unidos no site. WhatsApp (19) 99283-5041.',
    });
    expect(brief.location).toEqual({ text: 'Americana', country: 'BR' });
    expect(brief.facts.whatsapp).toBe('5519992835041');
  });
});

describe('a capital the accents gave back is not the writer’s', () => {
  it('a lowercase writer’s town still counts when another town got its capital back with its accent', () => {
    const brief = extractBrief({ prompt: 'purificadora de agua, estamos en tequila jalisco. garrafon $17. no vamos a amatitan' });
    expect(brief.location?.country).toBe('MX');
    expect(brief.facts.prices[0]?.currency).toBe('MXN');
  });
});

describe('the person, then the business: what opens a prompt is not always what the business is', () => {
  it('reads what the writer says they are after their own name, whatever its case or length', () => {
    const walker = brief("my name is Joana and I'm a dog walker in Leeds. Walks £12.");
    expect(walker.what).toBe('dog walker');
    const carpenter = brief('me llamo tito y soy carpintero en Cuenca. Puertas y closets a medida.');
    expect(carpenter.what).toBe('carpintero');
    expect(brief('meu nome é ana lima e sou fotógrafa em Recife.').what).toBe('fotógrafa');
  });

  it('a greeting after an exclamation, on a line of its own, is a greeting', () => {
    const cakes = brief('ah bom dia\nfaço bolo de pote em Londrina, whats 43 99812-4411');
    expect(cakes.what).toBe('bolo de pote');
    expect(JSON.stringify(cakes.items)).not.toMatch(/bom dia/i);
  });

  it('a told sentence opened by a verb says nothing of what the business is', () => {
    const glazier = brief('dizem que agora todo mundo procura tudo no celular. sou vidraceiro em Blumenau, box de banheiro sob medida');
    expect(glazier.what).toBe('vidraceiro');
  });

  it('a phrase cut at its length keeps what its last preposition governs: no card of the rest', () => {
    const tanks = brief("faço limpeza de caixa d'água e cisterna no prédio do condomínio todo mês em Curitiba");
    expect(tanks.what).toContain('do condomínio');
    expect((tanks.items ?? []).map((item) => item.text)).not.toContain('condomínio todo mês');
    const sofas = brief('faço lavagem de tapete e cortina na casa do cliente em Londrina');
    expect((sofas.items ?? []).map((item) => item.text.toLowerCase())).not.toContain('cliente');
  });

  it('a prompt typed in capitals keeps its money and writes its name as names are written', () => {
    const plumber = brief(
      'SOU ENCANADOR EM CAMPINAS E PODE COLOCAR "ZÉ DO CANO HIDRÁULICA". DESENTUPIMENTO DE PIA R$ 150, CAÇA VAZAMENTO A PARTIR DE R$ 200.',
    );
    expect(plumber.facts.prices.map((entry) => entry.currency)).toEqual(['BRL', 'BRL']);
    expect(plumber.name).toBe('Zé do Cano Hidráulica');
  });

  it('a phone typist’s town in lowercase, mid-sentence, counts when their number is of its country', () => {
    const keys = brief('sou chaveiro aqui em canoinhas faz 10 anos, o nome é Chaveiro Tigre. chave codificada R$ 180. whats 47 99912-3344');
    expect(keys.location).toEqual({ text: 'Canoinhas', country: 'BR' });
  });

  it('a town with a price added on, or of two words or more, is where the business goes — never a card', () => {
    const air = brief('Instalo ar-condicionado em Chapecó. concórdia +R$ 60. Atendo também nova odessa.');
    const offerings = (air.items ?? []).filter((item) => item.role === 'offering').map((item) => item.text.toLowerCase());
    expect(offerings).not.toContain('concórdia');
    expect(offerings).not.toContain('nova odessa');
    const screened = screenCards({
      items: [{ text: 'nova odessa', role: 'offering' }],
      text: 'Afino pianos. nova odessa também.',
      priceTexts: [],
      country: 'BR',
    });
    expect(screened.items).toEqual([{ text: 'nova odessa também', role: 'detail' }]);
  });
});

// Set 32's water-tank cleaner: "Sou o Gilmar" made "Gilmar" the site's title and "© Gilmar".
describe('the person who writes, by their first name', () => {
  it('is no business name for a trade, and is for a solo profession', () => {
    expect(
      extractBrief({ prompt: 'Desentupidora em Pelotas, pia, ralo e esgoto. Sou o Valdir. WhatsApp (53) 99123-4567' }).name,
    ).toBeNull();
    expect(extractBrief({ prompt: "Hi, I'm Darlene, I rent out goats to clear brush near Salem. Call (503) 555-0101" }).name).toBeNull();
    expect(extractBrief({ prompt: 'Sou a Carla, psicóloga em Recife. Atendo adultos. WhatsApp (81) 99612-3078' }).name).toBe('Carla');
  });
});
