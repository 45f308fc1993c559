import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

// "a oficina e num flutuante na orla de <town>, <state>": no preposition of place before the town,
// so the site had no town at all, and "socorro no rio" (on the river) then made it Rio de Janeiro.
describe('a town written with its region after a comma', () => {
  it('is the place, after any word and in lowercase, with its region as the gazetteer spells it', () => {
    const lowercase = extractBrief({
      prompt: 'faço rede de pesca num galpao na beira de itacoatiara, amazonas, desde 2001. rede de malha fina R$ 90. zap (92) 99112-0345',
    });
    expect(lowercase.location).toMatchObject({ text: 'Itacoatiara, Amazonas', country: 'BR' });
    const capitals = extractBrief({
      prompt: 'Tenho um ateliê de cerâmica ao lado da praça de Caicó, Rio Grande do Norte. Peças a partir de R$ 40.',
    });
    expect(capitals.location).toMatchObject({ text: 'Caicó, Rio Grande do Norte', country: 'BR' });
    const english = extractBrief({ prompt: 'I rebuild dry stone walls from the yard outside Tralee, Kerry. Call 087 555 0192.' });
    expect(english.location).toMatchObject({ country: 'IE' });
    expect(english.location?.text).toMatch(/^Tralee/);
    // Named after where the business is, it is a town served, not the business's.
    const served = extractBrief({
      prompt: 'Faço redes de pesca em Parintins e entrego até Manaus, Amazonas. Rede R$ 90. Zap (92) 99112-0345.',
    });
    expect(served.location?.text).toMatch(/^Parintins/);
  });

  it('is not a region word that is also a preposition: "para" after a comma stays "para"', () => {
    const brief = extractBrief({ prompt: 'vendo bolo de pote em santarem, para quem quiser buscar. bolo R$ 12. zap (93) 99123-4567' });
    expect(brief.location?.text).not.toMatch(/Pará/);
  });
});

describe('a short town name typed in lowercase after "no"/"na"', () => {
  it('is the common word it also is ("no rio" is on the river)', () => {
    const brief = extractBrief({
      prompt: 'conserto motor de barco. atendo no rio e no lago, perto da cidade. revisao R$ 150. zap (92) 99187-0000',
    });
    expect(brief.location?.text ?? '').not.toMatch(/rio/i);
  });
});

// "…el taller está en Guanajuato. Los sábados … ese día yo estoy en San Miguel": the Saturday
// whereabouts won over the workshop, and San Miguel was El Salvador's (prices in US$).
describe('where the person is on a day', () => {
  it('is where they go, not where the business is', () => {
    const brief = extractBrief({
      prompt:
        'Tengo una sastrería en la ciudad de Zacatecas. Arreglo de pantalón: $90. Los domingos vendo en un tianguis; ese día yo estoy en Fresnillo y atiende mi hermana. Teléfono 492 555 0148.',
    });
    expect(brief.location).toMatchObject({ text: 'Zacatecas', country: 'MX' });
    const english = extractBrief({
      prompt: "I repair clocks from my shop in the town of Ludlow. On Saturdays I'm in Shrewsbury at the market. Call 01632 960 512.",
    });
    expect(english.location?.text).toMatch(/Ludlow/);
  });
});

// "…os barcos da Ria de Aveiro. Tenho a oficina na Murtosa": the town the workshop is in lost to
// a town named in the trade's description.
describe('where the person has their workplace', () => {
  it('is the place of the business, before a town the trade is described by', () => {
    const portuguese = extractBrief({
      prompt:
        'Sou a Inês e restauro azulejos de Lisboa antigos. Tenho o atelier em Sintra, perto da estação. Painel a partir de 400 €. Telemóvel 912 555 430.',
    });
    expect(portuguese.location?.text).toBe('Sintra');
    const spanish = extractBrief({
      prompt: 'Arreglo guitarras de Paracho y de todo México. El taller está en Pátzcuaro, Michoacán. Ajuste $600. Cel 434 555 0192.',
    });
    expect(spanish.location?.text).toMatch(/^Pátzcuaro/);
  });

  it('is never a street: the town comes from elsewhere', () => {
    for (const street of ['Rua das Flores', 'Rua do Bom Jesus', 'Rua do Amparo']) {
      const brief = extractBrief({
        prompt: `Faço bonecos de pano. O ateliê fica na ${street}, no centro de Olinda. Boneco R$ 80. WhatsApp (81) 99555-0111.`,
      });
      expect(brief.location?.text, street).toBe('Olinda');
    }
  });
});
