import { describe, expect, it } from 'vitest';
import { keepPeoplePrivate } from './keep-people-private';
import type { BriefItem } from './site-brief-schema';

const run = (text: string, items: BriefItem[], lang = 'pt-BR') => keepPeoplePrivate({ items, unused: [], text, lang });

describe('keepPeoplePrivate', () => {
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
});
