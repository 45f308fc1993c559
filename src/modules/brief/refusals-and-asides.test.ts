import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

// Classes the set 37 review named, each in wording of our own: ways of reaching refused, private
// numbers, the other place of a name, names proposed and refused, the writer named, the region.

// How people say a way of reaching them is not to be offered: each in wording of our own.
describe('calls refused by a negation that answers the word for calls', () => {
  it.each([
    'Faço cestas de vime em Itu. WhatsApp (11) 98765-4321, só texto. Chamada também não.',
    'Hago cestos en Rosario. WhatsApp 341 555 1234. Llamadas no, que en el taller no se oye.',
    'Arranjo bicicletas em Braga. WhatsApp 912 345 678. Chamadas não.',
  ])('%s', (prompt) => {
    const brief = extractBrief({ prompt });
    expect(brief.facts.reachOnly).toBe('whatsapp');
    expect(brief.features).not.toContain('phone');
  });

  it('a negation that is not the last word of its clause refuses nothing', () => {
    const brief = extractBrief({ prompt: 'Faço cestas de vime em Itu. WhatsApp (11) 98765-4321. Telefone fixo não tenho, só o celular.' });
    expect(brief.facts.reachOnly).toBeUndefined();
  });
});

// A number refused by pointing back at it, not by naming the site: it is how a relative is reached.
describe('a private number refused in its own sentence', () => {
  it.each([
    ['Faço pão em Itu. WhatsApp (11) 98765-4321. O da minha irmã, (11) 97654-3210, não bota, que ela não gosta.', '97654'],
    [
      'Faço pão em Itu. WhatsApp (11) 98765-4321. Meu primo anota recado no (11) 97654-3210, mas esse não é pra pôr em lugar nenhum.',
      '97654',
    ],
    ['Hago pan en Rosario. WhatsApp 341 555 1234. El de mi hermano es 341 555 9876, no lo pongas.', '5559876'],
    ['Faço pão em Braga. Telefone 253 123 456. O meu telemóvel pessoal, 912 345 678, não deve constar da página.', '912345678'],
    ['I bake in Leeds. Shop 0113 496 0000. My brother’s mobile is 07700 900456, please don’t post it.', '07700900456'],
  ])('%s', (prompt, hidden) => {
    const phones = extractBrief({ prompt }).facts.phones.map((phone) => phone.replace(/\D/g, ''));
    expect(phones.length).toBeGreaterThan(0);
    expect(phones.join(' ')).not.toContain(hidden);
  });

  it('another thing refused beside a number leaves the number', () => {
    for (const prompt of [
      'Faço pão em Itu. Liga no (11) 98765-4321, só não põe o meu endereço.',
      'Faço pão em Itu. WhatsApp (11) 98765-4321, não atendo por telefone.',
      'Hago pan en Rosario. Llamá al 341 555 1234, no pongas precios.',
    ])
      expect(extractBrief({ prompt }).facts.phones.length, prompt).toBe(1);
  });
});

describe('a refusal opening its paragraph with "no longer" points forward', () => {
  it('keeps the paragraph before, leaves off what follows to the paragraph end', () => {
    const prompt = [
      'Faço pão de queijo em Itu. A minha mãe atende o fixo, (11) 4022-1234, de manhã; esse pode pôr.',
      'Isto já não é para o site. O celular do meu cunhado é (11) 97654-3210. Ele quebrou o braço em maio.',
      'Cores: amarelo e marrom.',
    ].join('\n\n');
    const brief = extractBrief({ prompt });
    const phones = brief.facts.phones.map((phone) => phone.replace(/\D/g, '')).join(' ');
    expect(phones).toContain('40221234');
    expect(phones).not.toContain('976543210');
    expect(JSON.stringify(brief.items)).not.toMatch(/braço/);
  });
});

// Which place is meant, said to us by refusing the other one of the same name.
describe('the other place of the same name, refused', () => {
  it.each([
    ['Faço doce de leite em Viçosa, em Minas. Viçosa daqui, não a de Alagoas. Entrego na cidade toda.', /Alagoas/],
    ['Vendo empanadas en Córdoba, no la de España, la de acá.', /España/],
    ['We smoke brisket in Paris, Texas, not the one in France.', /France/],
    ['Guided walks in Perth, Scotland, not Australia.', /Australia/],
  ])('%s', (prompt, other) => {
    const brief = extractBrief({ prompt });
    expect(JSON.stringify(brief.items)).not.toMatch(other);
  });

  it('a contrast that is not of a place stays told', () => {
    const brief = extractBrief({ prompt: 'Faço móveis em Itu. Trabalho com madeira de demolição, não com MDF. Not on Sundays.' });
    expect(JSON.stringify(brief.items)).toMatch(/madeira de demolição.*Sundays/);
  });
});

describe('a name someone else proposed, then refused', () => {
  it.each([
    ['Faço bolos em Itu. O nome eu quero Doces da Tia Cida. Minha sobrinha queria "Cake Lovers", mas não gostei.', 'Doces da Tia Cida'],
    ['Hago dulces en Salta. Mi yerno sugirió "Sweet Salta", ni en pedo. Pongan Dulces de Doña Rosa.', 'Dulces de Doña Rosa'],
    ['I mend nets in Oban. My nephew wanted "Net Ninjas", we said no. Call it Oban Net Mending.', 'Oban Net Mending'],
  ])('%s', (prompt, name) => {
    const brief = extractBrief({ prompt });
    expect(brief.name).toBe(name);
    expect(JSON.stringify(brief.items)).not.toMatch(/Lovers|Sweet Salta|Ninjas/);
  });

  it('a proposal taken up stays the name', () => {
    expect(extractBrief({ prompt: 'Faço bolos em Itu. Minha filha sugeriu "Doce Mania" e eu adorei.' }).name).toBe('Doce Mania');
  });
});

describe('a greeting and the one word it greets', () => {
  it.each(['Boa tarde, macho. Faço cestos de taboa em Itu.', 'Olá, amigo! Faço cestos de taboa em Itu.'])('%s', (prompt) => {
    expect(extractBrief({ prompt }).what).toMatch(/cestos/);
  });
});

describe('the writer named after "I am"', () => {
  it.each([
    ['Olá. Sou o Anselmo Ribeiro e trabalho a olaria que era do meu pai, nos Casais de Revelhos, Tomar. O nome fica "Olaria do Anselmo".'],
    ['Buenas tardes. Soy la Marta Ibáñez y trabajo el telar de mi abuela, en Cachi, Salta. El nombre queda "Telar de la Abuela".'],
  ])('%s', (prompt) => {
    const brief = extractBrief({ prompt });
    expect(brief.what).not.toMatch(/Anselmo|Marta/);
  });

  it('a business said after "sou a" is the business', () => {
    expect(extractBrief({ prompt: 'Sou a Padaria Pão Quente, em Itu. Fazemos pão francês.' }).what).not.toMatch(/^Sou/);
  });

  it('a regional greeting opening a chat is no business', () => {
    expect(extractBrief({ prompt: 'klk, buenas. Arreglo motores de lancha en Samaná.' }).what).toMatch(/motores/);
  });
});

describe('where the business is, apart from where it goes', () => {
  it('keeps the towns listed in another sentence out of the place', () => {
    const brief = extractBrief({
      prompt:
        'A oficina fica situada em Lamego, no Alto Douro. Faço pipas. Deslocamo-nos às adegas de Lamego, Tarouca, Armamar, Resende e de Cinfães.',
    });
    expect(brief.location?.text).toBe('Lamego, no Alto Douro');
  });
});

// In Portuguese "no" is "in the": "respondo às chamadas no mesmo dia" answers calls, it refuses none.
describe('"no" in a Portuguese sentence about calls', () => {
  it('refuses no calls: the number keeps its call link beside WhatsApp', () => {
    const brief = extractBrief({
      prompt: 'Conserto persianas em Leiria. Telemóvel 912 345 678, chamada ou WhatsApp. Respondo a todas as chamadas no próprio dia.',
    });
    expect(brief.facts.reachOnly).toBeUndefined();
    expect(brief.features).toContain('phone');
  });

  it('still refuses them when a Portuguese negation does', () => {
    expect(extractBrief({ prompt: 'Conserto persianas em Leiria. WhatsApp 912 345 678, chamadas não atendo.' }).facts.reachOnly).toBe(
      'whatsapp',
    );
  });
});
