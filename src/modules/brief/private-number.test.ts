import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

describe('a number the person keeps off the site', () => {
  it('is no phone of the business, in its own sentence; the others stay', () => {
    const english = extractBrief({
      prompt:
        "Piano tuning in Cobourg. Shop phone (905) 555-0121. Please don't put my home number on the website, it's (905) 555-0177, that's for the kids.",
    });
    expect(english.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['9055550121']);
    const portuguese = extractBrief({
      prompt: 'Afino pianos em Tomar. Oficina 249 312 118. O telemóvel 912 004 377 é da família, não o ponham no site, por favor.',
    });
    expect(portuguese.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['249312118']);
    // The site pointed at rather than named: "on there", "aí".
    const pointed = extractBrief({
      prompt:
        "Chimney sweeping in Macon. Call me on (478) 555-0148. My son keeps the diary, his number is (478) 555-0163, but don't put his on there.",
    });
    expect(pointed.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['4785550148']);
  });

  it('keeps a number whose sentence refuses something else', () => {
    const brief = extractBrief({ prompt: 'Afino pianos em Tomar. Não atendo ao domingo. Ligue 912 004 377, não uso WhatsApp.' });
    expect(brief.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['912004377']);
  });

  it('is refused by a lone "não" right after it, or said in a paragraph "between us"', () => {
    const lone = extractBrief({
      prompt: 'Conserto rádio antigo em Piracicaba. Oficina (19) 3422-1188, pode pôr. Meu celular, (19) 99711-2040, não, é da família.',
    });
    expect(lone.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['1934221188']);
    const between = extractBrief({
      prompt:
        'Arreglo acordeones en Tacuarembó. WhatsApp 099 123 456.\n\nEso sí, y entre nosotros. Mi cuñado atiende el 098 765 432 y se queda con los clientes.',
    });
    expect(between.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['099123456']);
    expect(JSON.stringify(between.items)).not.toMatch(/cuñado/);
    // …and a refusal with more words after it refuses something else.
    const other = extractBrief({ prompt: 'Conserto rádio em Piracicaba. Ligue (19) 99711-2040, não mande mensagem.' });
    expect(other.facts.phones).toHaveLength(1);
  });

  it('is refused when "nem" joins its noun to another thing refused, or when it is said to be only the person\'s own', () => {
    const joined = extractBrief({
      prompt:
        'Faço cuscuz em Lages, SC. WhatsApp (49) 99120-4455. A cozinha é da minha cunhada Irene. Não ponha o nome dela nem o celular, (49) 99877-3010, que ela não gosta.',
    });
    expect(joined.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['49991204455']);
    const own = extractBrief({
      prompt: 'Restauro molduras em Tomar. Só por email: molduras.tomar@sapo.pt. O meu telemóvel, 918 440 126, é pessoal.',
    });
    expect(own.facts.phones).toEqual([]);
    const english = extractBrief({ prompt: 'Saddle repairs in Keswick. Workshop 017687 00111. My mobile, 07700 900432, is private.' });
    expect(english.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['01768700111']);
    // A label is no predicate: "telemóvel pessoal 9…, liguem" gives the number to call.
    const labelled = extractBrief({ prompt: 'Restauro molduras em Tomar. Telemóvel pessoal 918 440 126, liguem à vontade.' });
    expect(labelled.facts.phones).toHaveLength(1);
  });

  it('refuses an e-mail address the way it refuses a number', () => {
    const brief = extractBrief({
      prompt: 'Restauro molduras em Tomar. Oficina 249 100 200. Email não tenho; o da minha sobrinha, ines.tomar@gmail.com, n é p pôr.',
    });
    expect(brief.facts.emails).toEqual([]);
    // …and no piece of it is read as words ("ines", "tomar").
    expect((brief.items ?? []).map((item) => item.text)).not.toContainEqual(expect.stringMatching(/ines|gmail/iu));
    const kept = extractBrief({ prompt: 'Restauro molduras em Tomar. Email: molduras.tomar@sapo.pt, pode pôr no site.' });
    expect(kept.facts.emails).toEqual(['molduras.tomar@sapo.pt']);
  });

  it('keeps the number named after "só" or "just", the address asked for after a refused phone, and a number allowed after all', () => {
    const landline = extractBrief({ prompt: 'Serralheria em Sorocaba. Não põe endereço nem celular, só o fixo: (15) 3222-0000.' });
    expect(landline.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['1532220000']);
    const english = extractBrief({ prompt: "Bakery in Leeds. Don't put my address nor my mobile, just the shop number 0113 496 0000." });
    expect(english.facts.phones).toHaveLength(1);
    const email = extractBrief({ prompt: 'Doces em Recife. Não coloca o telefone, só o email contato@docesrecife.com.br' });
    expect(email.facts.emails).toEqual(['contato@docesrecife.com.br']);
    const allowed = extractBrief({ prompt: 'Bolos em Lages. Email bolos.lages@gmail.com, é pessoal mas pode pôr.' });
    expect(allowed.facts.emails).toEqual(['bolos.lages@gmail.com']);
    // "e pessoal (47) 9…" lists a second number; "é particular" is a private practice.
    const listed = extractBrief({ prompt: 'Padaria em Joinville. Telefone comercial (47) 3433-0000 e pessoal (47) 99123-0000.' });
    expect(listed.facts.phones).toHaveLength(2);
    const practice = extractBrief({ prompt: 'Fisioterapia em Campinas. Agendamentos (19) 99123-0000, é particular, não atendo convênio.' });
    expect(practice.facts.phones).toHaveLength(1);
  });

  it('refuses a number said to be private, typed without the accent too, and an address the refusing clause holds', () => {
    const unaccented = extractBrief({ prompt: 'Azulejos em Ovar. O meu telemóvel 916 204 111 e pessoal. Email azulejos.ovar@sapo.pt' });
    expect(unaccented.facts.phones).toEqual([]);
    const bare = extractBrief({ prompt: 'Bolos em Lages. Telefone fixo (49) 3222-0000. Celular (49) 99999-0000 é pessoal.' });
    expect(bare.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['4932220000']);
    // "é particular" is a private practice: the number stays.
    const practice = extractBrief({ prompt: 'Fisioterapia em Campinas. Meu telefone (19) 99123-0000, é particular, não atendo convênio.' });
    expect(practice.facts.phones).toHaveLength(1);
    const named = extractBrief({
      prompt: 'Bolos em Lages. Não coloca meu email pessoal no site: lu.bolos.lages@gmail.com. Telefone (49) 3222-0000.',
    });
    expect(named.facts.emails).toEqual([]);
    expect(named.facts.phones).toHaveLength(1);
    // …but another address after the refusing clause is the one to use.
    const shop = extractBrief({
      prompt: "Bakery in Leeds. Don't put my personal email on the site, use the shop one bakes@leedsbakery.co.uk.",
    });
    expect(shop.facts.emails).toEqual(['bakes@leedsbakery.co.uk']);
  });
});
