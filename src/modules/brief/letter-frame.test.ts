import { describe, expect, it } from 'vitest';
import { composeOfflineSite } from '@/modules/composer/compose-offline-site';
import { extractBrief } from './extract-brief';

// A prompt written as a formal letter had its salutation and formulae as service cards
// ("Señores", "Medio de la presente") and its hero line.
const letters = {
  es: `Valdivia, 3 de marzo

Estimados señores:

Por medio de la presente, les solicito un sitio web para mi taller de tapicería, "Tapicería Ojeda", ubicado en Valdivia.

Retapizamos sillones, sillas de comedor y asientos de auto. Sillón de un cuerpo: $85.000. Silla de comedor: $25.000.

Atendemos de lunes a viernes, de 9:00 a 18:00 horas. Teléfono del taller: (63) 221 4870.

Sin otro particular, saluda atentamente,

Rosa Ojeda Vera
Tapicería Ojeda`,
  pt: `Braga, 12 de fevereiro

Exmos. Senhores,

Venho por este meio pedir um site para a minha oficina de encadernação, a "Encadernação Sá", em Braga.

Encaderno livros antigos e teses. Encadernação de tese: 35 €. Restauro de livro antigo: a partir de 60 €.

Telefone: 253 000 417.

Com os melhores cumprimentos,

Joaquim Sá`,
};

describe('a prompt written as a letter', () => {
  it('keeps its dateline, salutation, formula, closing and signature off the site, and its facts on it', () => {
    for (const [language, prompt] of Object.entries(letters)) {
      const brief = extractBrief({ prompt });
      const site = JSON.stringify(composeOfflineSite({ prompt, locales: brief.languages, brief }));
      for (const frame of [
        /señores/i,
        /senhores/i,
        /medio de la presente/i,
        /por este meio/i,
        /atentamente/i,
        /cumprimentos/i,
        /Rosa Ojeda Vera/,
        /3 de marzo|12 de fevereiro/,
      ])
        expect(site, `${language} ${frame}`).not.toMatch(frame);
      expect(brief.name).toMatch(/^(?:Tapicería Ojeda|Encadernação Sá)$/);
      expect(brief.location?.text).toMatch(/Valdivia|Braga/);
      expect(site).toMatch(/85\.000|35/);
      const asides = (brief.unused ?? []).filter((entry) => entry.why === 'aside').map((entry) => entry.words);
      expect(asides.join(' | '), language).toMatch(/Sin otro particular|Com os melhores cumprimentos/);
      // The dateline is set aside too (never a line of the About).
      expect(asides.join(' | '), language).toMatch(/3 de marzo|12 de fevereiro/);
    }
  });

  it('is only a letter: a chat opening on a greeting, or a first line with a date, keeps every line', () => {
    const chat = extractBrief({
      prompt: 'Hago tortas en Rosario.\nUn saludo a todos mis clientes!\nTorta de ricota $9.000.\nWhatsApp 341 555 0101',
    });
    expect(chat.facts.prices.map((price) => price.label)).toEqual(['Torta de ricota']);
    const since = extractBrief({
      prompt: 'Desde maio de 2010 conserto relógios em Tomar.\nRelógio de parede: 40 €.\nTelemóvel 912 555 118.',
    });
    expect((since.unused ?? []).map((entry) => entry.words).join(' | ')).not.toMatch(/Desde maio/);
  });
});

describe('a title shortened with a period', () => {
  it('ends no sentence: what the letter asks for and names is read whole', () => {
    const prompt = [
      'Ex.mos Senhores,',
      'Venho solicitar a V. Exas. uma página para a minha loja, a Relojoaria Antunes, situada em Tomar.',
      'Reparo relógios de parede e de bolso.',
      'Com os melhores cumprimentos,',
      'Joaquim Antunes',
    ].join('\n\n');
    const brief = extractBrief({ prompt });
    expect(brief.name).toBe('Relojoaria Antunes');
    expect(JSON.stringify(brief.items)).not.toMatch(/Exas|solicitar/i);
  });

  it('"Ud." inside a sentence keeps it one', () => {
    const brief = extractBrief({ prompt: 'Le atendemos a Ud. con cita previa en Talca. Hacemos masajes descontracturantes.' });
    expect(brief.location?.text).toMatch(/Talca/);
  });

  it('a salutation on a line of its own is no name', () => {
    const brief = extractBrief({
      prompt: 'Exmos Senhores,\n\nPeço uma página para a minha carpintaria em Viseu. Faço portas e janelas de madeira.',
    });
    expect(brief.name ?? '').not.toMatch(/Senhores/);
  });
});
