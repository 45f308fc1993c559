import { describe, expect, it } from 'vitest';
import { countryLanguage, detectPromptLanguage, requestedLanguages, votedLanguage } from './detect-languages';
import { extractPlace } from './extract-place';
import { findBrazilianTownByUf, findWorldCities } from './places';
import { extractBrief } from './extract-brief';

describe('the prompt’s language', () => {
  it('a language the business speaks does not vote: "se habla español", "falamos inglês", "English spoken"', () => {
    expect(detectPromptLanguage('roofing repairs 24/7, se habla español', { country: 'US' })).toBe('en');
    expect(detectPromptLanguage('tax returns and bookkeeping, hablamos español')).toBe('en');
    expect(votedLanguage('se habla español')).toBeUndefined();
    expect(detectPromptLanguage('guia turístico em Lisboa, falamos inglês e francês')).toBe('pt');
  });

  it('"e" is Portuguese’s "and" (and "e-mail" is not a vote)', () => {
    expect(votedLanguage('troco tela e bateria')).toBe('pt');
    expect(votedLanguage('e-mail')).toBeUndefined();
  });

  it('when no word tells, the country of the named place does', () => {
    expect(detectPromptLanguage('conserto geladeira, freezer', { country: 'BR' })).toBe('pt');
    expect(detectPromptLanguage('reparacion calefont, cambio llaves', { country: 'CL' })).toBe('es');
    expect(detectPromptLanguage('roof repairs', { country: 'US' })).toBe('en');
    expect(detectPromptLanguage('roof repairs')).toBe('en');
    expect(countryLanguage('PT')).toBe('pt');
    expect(countryLanguage('FR')).toBeUndefined();
  });
});

describe('the languages a site is asked in', () => {
  it('are never one the person says the site does not need', () => {
    expect(requestedLanguages('Os clientes daqui entendem português, não precisa site em espanhol.')).toEqual([]);
    expect(requestedLanguages('Somos de Tijuana pero no quiero la página en inglés, solo español.')).toEqual([]);
    expect(requestedLanguages('Quero o site em português e inglês, não precisa de francês.')).toEqual(['pt', 'en']);
    // (What a review found: a negation of another clause refuses nothing.)
    expect(requestedLanguages('Sou guia turístico no Rio, não falo espanhol, mas quero o site em inglês.')).toEqual(['en']);
    expect(requestedLanguages('Hostal en Cusco, no tengo web, en español e inglés.')).toEqual(['es', 'en']);
    expect(requestedLanguages('Não tenho site, quero português e inglês.')).toEqual(['pt', 'en']);
    // (…nor one that is not about wanting it: a second review's cases.)
    expect(requestedLanguages('Quero o site não só em português e inglês, mas também em espanhol.')).toEqual(['pt', 'en']);
    expect(requestedLanguages('Nunca tivemos site em português e inglês, agora queremos.')).toEqual(['pt', 'en']);
    expect(requestedLanguages('La página no solo en español e inglés, también en portugués.')).toEqual(['es', 'en']);
    const brief = extractBrief({
      prompt:
        'Faço tosquia de ovelha em Jaguarão, RS. Os uruguaios daqui entendem português, não precisa site em espanhol. WhatsApp (53) 99128-4400.',
    });
    expect(brief.languages).toEqual(['pt-BR']);
  });
});

describe('a town with its state', () => {
  it.each([
    ['Chaveiro em Vila Velha ES, 24h', 'Vila Velha'],
    ['conserto de geladeira. uberlandia mg', 'Uberlândia'],
    ['Site pra Extintores Silva, Feira de Santana BA. recarga', 'Feira de Santana'],
    ['padaria em Goiânia/GO', 'Goiânia'],
    ['oficina mecânica em Contagem-MG', 'Contagem'],
  ])('%s → %s, Brazil', (prompt, town) => {
    expect(extractPlace(prompt)?.place).toMatchObject({ pt: town, country: 'BR' });
  });

  it('a several-word town in lowercase counts only where the rest of the prompt does not say another language', () => {
    expect(extractPlace('bail bonds 24/7 el paso county jail')?.place).toMatchObject({ en: 'El Paso', country: 'US' });
    expect(extractPlace('mostramos el paso a paso del servicio, quiero una pagina con precios')?.place.en).not.toBe('El Paso');
  });
});

// GeoNames keeps only some of Brazil's 5,570 municipalities: the rest came from IBGE's list
// (@brazilian-utils), each with its UF ("resende costa mg" had read as Resende, Rio de Janeiro).
describe('every Brazilian municipality, with its UF', () => {
  it.each([
    ['faço cadeira de palha aqui em lagoa dourada mg', 'Lagoa Dourada'],
    ['marcenaria em São Brás do Suaçuí, MG', 'São Brás do Suaçuí'],
    ['amolador de facas em resende costa/mg', 'Resende Costa'],
  ])('%s → %s, Brazil', (prompt, town) => {
    expect(extractPlace(prompt)?.place).toMatchObject({ pt: town, country: 'BR' });
  });

  it('the UF says which of the towns of one name', () => {
    expect(
      ['PI', 'RS', 'SC'].map(
        (uf) => findWorldCities('Bom Jesus').find((town) => town.state === uf)?.state ?? findBrazilianTownByUf('Bom Jesus', uf)?.state,
      ),
    ).toEqual(['PI', 'RS', 'SC']);
    expect(extractPlace('borracharia em Bom Jesus RS')?.place).toMatchObject({ pt: 'Bom Jesus', country: 'BR' });
  });

  // (Many of them are ordinary words or towns abroad: never without their UF.)
  it('a municipality only IBGE lists is never read without its UF', () => {
    expect(extractPlace('Faço alianças e correntes em ouro e prata sob encomenda. Whats (31) 98888-1234')).toBeUndefined();
    expect(extractPlace('Sou fisioterapeuta, pós em saúde e estética. Atendo em Campinas. (19) 99888-1234')?.place.pt).toBe('Campinas');
    expect(extractPlace('Personal trainer em Santos, treino na praia ou na quadra se chover.')?.place.pt).toBe('Santos');
    expect(extractPlace('Tours de buceo en Quintana Roo, salidas diarias.')?.place.country).not.toBe('BR');
    expect(extractPlace('Surf school em Sagres, aulas todos os dias. Tlm 912 345 678')?.place.country).not.toBe('BR');
  });
});

describe('a town with its state, against a gazetteer name elsewhere', () => {
  it('"Feira de Santana BA … só em Feira" is in Bahia', () => {
    expect(extractPlace('Dedetizadora, Feira de Santana BA. atendemos casas e empresas (só em Feira).')?.place).toMatchObject({
      pt: 'Feira de Santana',
      country: 'BR',
    });
  });
});

// "j'ai besoin d'un site web pour ma business" was read as Portuguese: a pt-BR site with Portuguese accents on French words.
describe('a prompt in French, which we do not write', () => {
  it('is built in English with a note saying so; French dish names in another language change nothing', () => {
    const prompt =
      "Allo, j'ai une petite business de nettoyage de tapis et de meubles à Memramcook, nettoyage de divans, de tapis ou de matelas. Appelez ou textez.";
    expect(detectPromptLanguage(prompt)).toBe('en');
    const brief = extractBrief({ prompt });
    expect(brief.languages).toEqual(['en']);
    expect(brief.notes.join(' ')).toMatch(/French/);
    expect(detectPromptLanguage('Confeitaria com petit gâteau e crème brûlée em Curitiba')).toBe('pt');
    expect(detectPromptLanguage('Pastelería en Madrid, tenemos croissants y sopa du jour')).toBe('es');
    expect(detectPromptLanguage('We sell pain au chocolat and croissants in Austin')).toBe('en');
  });
});
