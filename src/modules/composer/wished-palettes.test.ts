import { describe, expect, it } from 'vitest';
import { extractBrief } from '@/modules/brief/extract-brief';
import { wishedPalettes } from './wished-palettes';
import { composeOfflineSite } from './compose-offline-site';
import { palettePresets } from '@/modules/document/theme';

const paletteOf = (prompt: string) => {
  const brief = extractBrief({ prompt });
  return composeOfflineSite({ prompt, locales: brief.languages, brief }).theme.palette.preset;
};

// "Soft greens and cream please" was a service card ("Soft greens") on a site of the kind's own colours.
describe('the colours a person asks for', () => {
  it('the first colour named picks the palette, in every language', () => {
    expect(paletteOf('Dog walker in Dunedin. Walks and puppy visits. Soft greens and cream please.')).toBe('forest');
    expect(paletteOf('Escola de surf na Ericeira. Aulas e aluguer de pranchas. Cores azul e branco, por favor.')).toBe('ocean');
    expect(paletteOf('Cerámica en Oaxaca. Tazas y platos. Colores terrosos, estilo rústico.')).toBe('sand');
  });

  it('"gosto de …", "me gustan …" ask for colours too, and a compound colour is the colour it opens with', () => {
    expect(paletteOf('Ateliê de costura em Itu, ajustes e consertos. Gosto de verde-oliva com creme.')).toBe('forest');
    expect(paletteOf('Taller de bicis en Mendoza, arreglos y repuestos. Me gustan el azul petróleo y el blanco.')).toBe('ocean');
    const brief = extractBrief({ prompt: 'Ateliê de costura em Itu, ajustes e consertos. Gosto de verde-oliva com creme.' });
    expect((brief.items ?? []).map((item) => item.text).join()).not.toMatch(/verde|creme/i);
  });

  it('a refused colour never comes, even the kind’s own', () => {
    // A nail salon's palettes lean pink: "no pink" keeps blush out on every seed of the prompt.
    for (const town of ['Perth', 'Leeds', 'Austin', 'Cork', 'Auckland'])
      expect(paletteOf(`Nail salon in ${town}: gel nails, acrylics and pedicures. No pink please, nothing girly.`)).not.toBe('blush');
  });

  it('a colour describing what is sold is no wish about the site', () => {
    const brief = extractBrief({ prompt: 'Floricultura em Lages. Rosas vermelhas e brancas. Orquídeas e arranjos.' });
    expect((brief.unused ?? []).filter((wish) => wish.why === 'style')).toEqual([]);
    expect((brief.items ?? []).map((item) => item.text)).toContain('Rosas vermelhas');
  });
});

// A wish said in passing, inside a longer sentence, was lost: a football school asked for green
// and white got the kind's pink; "I'd love something bright yellow" became a service card.
describe('a colour wish inside a longer sentence', () => {
  it('picks the palette and is no card', () => {
    const inPassing = [
      ['Escolinha de vôlei em Patos, turmas de 8 a 15 anos às terças, queria o site nas cores verde e branco do nosso clube', 'forest'],
      ['Cat sitter in York, visits £10 each, I’d love something bright yellow and friendly looking', 'citrus'],
    ] as const;
    for (const [prompt, palette] of inPassing) {
      expect(paletteOf(prompt), prompt).toBe(palette);
      const items = (extractBrief({ prompt }).items ?? []).map((item) => item.text.toLowerCase());
      expect(items.join(' | '), prompt).not.toMatch(/verde|yellow|friendly/);
    }
  });
});

// "Red and white" drew an orange site and "maroon and gold" a preset's own orange: the palette is
// the nearest preset, but the buttons, links, accent and page are the colours named.
describe('a site in the colours named', () => {
  const colorsOf = (prompt: string) => {
    const brief = extractBrief({ prompt });
    return composeOfflineSite({ prompt, locales: brief.languages, brief }).theme.palette.colors;
  };

  it('the first strong colour colours buttons and links, the next the accent, a light one the page', () => {
    expect(colorsOf('Açaiteria em Palmas, açaí na tigela e no copo. Site roxo e amarelo, por favor.')).toMatchObject({
      primary: '#7e22ce',
      accent: '#a16207',
    });
    expect(colorsOf('Bike repairs in Bristol, tune-ups £45. Red and white colours please.')).toMatchObject({
      primary: '#b91c1c',
      background: '#ffffff',
    });
    expect(colorsOf('Henna artist in Madurai, bridal henna. Maroon and gold colours please.')).toMatchObject({
      primary: '#7f1d1d',
      accent: '#92660a',
    });
  });

  it('keeps a dark page dark, and a refused colour out', () => {
    const dark = colorsOf('Barbearia em Viseu, cortes e barba. Quero um site preto com detalhes em dourado.');
    expect(dark.background).toBe(palettePresets.midnight.background);
    expect(dark.primary).toBe('#92660a');
    expect(colorsOf('Florista em Aveiro, ramos e arranjos. Cores verde e branco, nada de rosa.').primary).toBe('#15803d');
  });

  // "Colours: navy and white like our boat" drew the dark midnight page, and the white was lost.
  it('a light colour named beside a dark one gives a light page with the dark one on its buttons, unless "dark" is said', () => {
    for (const [prompt, primary] of [
      ['Sailing lessons in Lymington, half days £85. Navy and white colours please.', '#1e3a8a'],
      ['Estúdio de tatuagem em Braga, flash e projetos. Site preto e branco.', '#111827'],
      ['Carpintería en Valdivia, muebles a medida. Colores negro y crema.', '#111827'],
      ['Vidraçaria em Londrina, box e espelhos. Cores azul-marinho e branco.', '#1e3a8a'],
    ] as const) {
      const colors = colorsOf(prompt);
      expect(colors.primary, prompt).toBe(primary);
      expect(['#ffffff', '#fbf7ee'], prompt).toContain(colors.background);
    }
    expect(colorsOf('Bar de vinhos em Évora, petiscos. Quero um site escuro, letras brancas.').background).toBe(
      palettePresets.midnight.background,
    );
  });
});

describe('colours written with a hyphen, and an address that is no colour', () => {
  it('reads "verde-escuro" and "azul-petróleo" by their colours', () => {
    const tonesOf = (words: string) => wishedPalettes({ unused: [{ words, why: 'style' }] }).tones.map((tone) => tone.name);
    expect(tonesOf('Cores verde-escuro e amarelo')).toEqual(['green', 'yellow']);
    expect(tonesOf('Cores azul-petróleo e cinzento')).toEqual(['teal', 'grey']);
    expect(tonesOf('Colores guindo y dorado')).toEqual(['maroon', 'gold']);
  });

  it('never takes the Portuguese "Morada" (the address) for purple', () => {
    const brief = extractBrief({
      prompt: 'Padaria em Tavira. Pão e bolos. Morada: Rua da Liberdade, n.º 3, 8800-400 Tavira. Telefone 281 000 111.',
    });
    expect(wishedPalettes(brief).tones).toEqual([]);
  });
});
