import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { keepPeoplePrivate } from './keep-people-private';
import type { BriefItem } from './site-brief-schema';

const run = (text: string, items: BriefItem[], lang = 'pt-BR') => keepPeoplePrivate({ items, unused: [], text, lang });

describe('keepPeoplePrivate', () => {
  it('keeps off one who works for the business when asked, and the request however it was cut', () => {
    const brief = extractBrief({
      prompt: 'Estofaria em Bagé. Reforma de sofá R$ 600. Meu auxiliar se chama Everton, mas ele não quer aparecer.',
    });
    expect(brief.name).toBeNull();
    expect(JSON.stringify(brief.items)).not.toMatch(/everton|aparecer/i);
    const english = extractBrief({
      prompt: "Upholstery in Ballarat. My assistant Kim sews the cushions, but she'd rather not be on the site.",
    });
    expect(JSON.stringify(english.items)).not.toMatch(/kim/i);
  });

  it('never names the business after a relative or a helper said to be called so', () => {
    expect(extractBrief({ prompt: 'Upholstery in Ballarat. My apprentice is called Liam. Cushions from $90.' }).name).toBeNull();
    expect(extractBrief({ prompt: 'Tapicería en Rosario. Mi ayudante se llama Nahuel. Sillas desde $ 9000.' }).name).toBeNull();
  });

  it('cuts out a relative the person asked to hide, keeping what the sentence tells customers', () => {
    const text =
      'quem mora em gaspar pode deixar o bolo com minha sogra em gaspar, eu busco toda sexta. ela tem um bar mas não quero o nome dela no site';
    const out = run(text, [
      { text: 'quem mora em gaspar pode deixar o bolo com minha sogra em gaspar, eu busco toda sexta', role: 'detail' },
    ]);
    expect(out.items.map((item) => item.text)).toEqual(['quem mora em gaspar pode deixar o bolo em gaspar, eu busco toda sexta']);
  });

  it('sets aside a sentence about the hidden relative, and the request itself', () => {
    const text = "My husband does the deliveries on Fridays, but he's asked not to be on the website, so please leave him off.";
    const out = run(
      text,
      [
        { text: 'husband does the deliveries on Fridays', role: 'detail' },
        { text: 'leave him off', role: 'topic' },
      ],
      'en',
    );
    expect(out.items).toEqual([]);
    expect(out.unused.map((entry) => entry.words)).toEqual(['husband does the deliveries on Fridays', 'leave him off']);
  });

  it('keeps a relative nobody asked to hide, and reads "he won\'t change the name" as no request', () => {
    const text = 'La abrió mi viejo, Ramón, en 1988. La tienda se llama así desde 1974 y él no quiere cambiar el nombre.';
    const items: BriefItem[] = [{ text: 'La abrió mi viejo, Ramón, en 1988', role: 'detail' }];
    expect(run(text, items, 'es').items).toEqual(items);
  });

  it('reads "não quero ele no site" as a request to hide him', () => {
    const text = 'O meu marido me ajuda aos sábados, mas não quero ele no site.';
    const out = run(text, [{ text: 'marido me ajuda aos sábados', role: 'detail' }]);
    expect(out.items).toEqual([]);
  });

  it('reads "keep him off it" as a request to hide him', () => {
    const text = 'My brother in law helps on Saturdays but keep him off it.';
    expect(run(text, [{ text: 'brother in law helps on Saturdays', role: 'detail' }], 'en').items).toEqual([]);
  });

  it('reads a request to leave someone out in any person or mood of its verb, and hides who it names', () => {
    // "citem" (not "citar"), and the one before it goes with it.
    const cited = extractBrief({
      prompt: 'Costura e ajustes em Lages. Barra de calça R$ 25. Minha irmã costurava comigo até 2020. Não citem ela, por favor.',
    });
    expect(JSON.stringify(cited.items)).not.toMatch(/irm[aã]|citem/i);
    // A passive request that names the person itself, with a word between "my" and who it is.
    const formal = extractBrief({
      prompt:
        'Encadernação artesanal em Itabuna. Capa dura R$ 80. Peço que não seja citado o meu antigo sócio, Rogério, com quem rompi em 2018.',
    });
    expect(JSON.stringify(formal.items)).not.toMatch(/rog[eé]rio|s[oó]cio/i);
    const spanish = extractBrief({
      prompt: 'Tapicería en Tandil. Sillas desde $ 9000. Mi cuñado tenía el taller conmigo. No lo nombréis, por favor.',
    });
    expect(JSON.stringify(spanish.items)).not.toMatch(/cu[nñ]ado|nombr/i);
  });

  it('reads "nothing about him" as a request to hide him', () => {
    const text = 'My son-in-law used to do the Saturday shifts and we do not speak now, so nothing about him on the page please.';
    expect(run(text, [{ text: 'son-in-law used to do the Saturday shifts', role: 'detail' }], 'en').items).toEqual([]);
  });
});

describe('a person named by name, then asked to be left out', () => {
  it('keeps the sentence naming them off the site, never someone the request only mentions after', () => {
    const brief = extractBrief({
      prompt:
        'Sou afinador de pianos em Juiz de Fora. Afino e restauro pianos de armário. Quem me ensinou foi o Prof. Hélio Bastos, do conservatório. Não põe o nome dele, ele não é meu sócio. Telefone (32) 99123-4567.',
    });
    const told = (brief.items ?? []).map((item) => item.text).join(' | ');
    expect(told).not.toMatch(/Hélio|Bastos/);
    expect(told).toMatch(/pianos/);
  });
});
