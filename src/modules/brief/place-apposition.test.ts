import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

const locationOf = (prompt: string) => extractBrief({ prompt }).location;

describe('where the person says they are from', () => {
  it('"…, de Town" after who is writing is where they are, over a neighbouring town named later', () => {
    expect(
      locationOf('Hola. Somos Panadería Rossi, de Junín, desde 1972. Repartimos también en Chacabuco. Tel 0236 442-1234'),
    ).toMatchObject({
      text: 'Junín',
      country: 'AR',
    });
    // …a town we do not know, with its state after it.
    expect(
      locationOf('Sou o Zé, presidente da Associação dos Pescadores Vila Nova, de Pirambu, Sergipe. Vendemos peixe na feira de Aracaju.'),
    ).toMatchObject({ text: 'Pirambu, Sergipe', country: 'BR' });
  });

  it('a run of capitals after "sou de" ends with its sentence', () => {
    expect(locationOf('Sou o Tonho, eu sou de Guabiruba. Fica perto de Brusque, mas Brusque eu não atendo.')?.text).toBe('Guabiruba');
  });

  it('a longer town that begins with a known one is that town', () => {
    expect(locationOf('Padaria Bom Pão, São Francisco do Sul. Pão caseiro e cuca.')).toMatchObject({
      text: 'São Francisco do Sul',
      country: 'BR',
    });
  });
});
