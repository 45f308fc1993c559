import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { nameActions } from './name-actions';

describe('nameActions', () => {
  it('reads a service said as the first person of its verb as the service', () => {
    expect(nameActions('Organizo festas infantis e aplico película nos vidros', 'pt')).toBe(
      'Organização de festas infantis e aplicação de película nos vidros',
    );
    // An article becomes "de" with it; a preposition stays.
    expect(nameActions('importo o vinho; coloco pisos em Braga', 'pt')).toBe('importação do vinho; colocação de pisos em Braga');
    expect(nameActions('reparo celulares, también instalo a domicilio', 'es')).toBe('reparo celulares, también instalación a domicilio');
  });

  it('leaves a sentence about the person, and a verb that is also a noun, as typed', () => {
    for (const typed of ['eu organizo tudo', 'o que organizo é simples', 'conserto bicicletas', 'trabalho com madeira', 'entrego em casa'])
      expect(nameActions(typed, 'pt')).toBe(typed);
    // A first person that is also the service's noun, with "de" after it, is that noun ("Retiración").
    for (const typed of ['Retiro de escombros: $20.000 el viaje', 'Cambio de aceite y filtro'])
      expect(nameActions(typed, 'es')).toBe(typed);
  });

  it('reads the business speaking as "nós", "a gente" or "nosotros" the same way, by the everyday noun of the verb', () => {
    expect(nameActions('Nós lavamos edredons e cortinas', 'pt')).toBe('Lavagem de edredons e cortinas');
    expect(nameActions('a gente pinta muro e vende tinta', 'pt')).toBe('pintura de muro e vendemos tinta');
    expect(nameActions('Afiamos facas; também instalamos o toldo', 'pt')).toBe('Afiação de facas; também instalação do toldo');
    expect(nameActions('Reparamos heladeras y arreglamos lavarropas', 'es')).toBe('Reparación de heladeras y arreglo de lavarropas');
  });

  it('leaves a third person without "a gente", a verb before "e", and an adjective as typed', () => {
    for (const typed of ['pinta o muro', 'ele pinta muro', 'a casa limpa e arrumada', 'limpamos e organizamos', 'a gente acha ótimo'])
      expect(nameActions(typed, 'pt')).toBe(typed);
  });

  it('the reader then sees each service apart', () => {
    const items = (
      extractBrief({ prompt: 'organizo festas infantis em Sorocaba, faço decoração e aplico tatuagem temporária' }).items ?? []
    ).map((item) => `${item.role}: ${item.text}`);
    expect(items).toEqual(expect.arrayContaining(['offering: aplicação de tatuagem temporária']));
  });
});
