import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

const where = (prompt: string) => extractBrief({ prompt }).location?.text;

describe('where the person says the business is not, or takes a town back', () => {
  it('never places it in a town the person says it is not based in', () => {
    expect(where("I make oatcakes in Bragar, on Lewis. Every Saturday I sell at the Tarbert market, but I'm not based in Tarbert.")).toBe(
      'Bragar',
    );
  });
  it('takes the town after a correction', () => {
    expect(where('Faço doces em Santo André, quer dizer, São Bernardo do Campo. WhatsApp (11) 99876-5432.')).toMatch(
      /^São Bernardo do Campo/,
    );
    expect(where('Hago alfajores en Córdoba, o sea, Villa Carlos Paz. Celular 3541 555-123.')).toMatch(/^Villa Carlos Paz/);
  });
  it('stops the region beside the town where a part refused begins', () => {
    expect(where('Arreglo radios en San Isidro, Lima, no el de Buenos Aires. Celular 987 654 321.')).toBe('San Isidro, Lima');
  });
  it("reads the town after the address's postcode before a town the story names", () => {
    expect(
      where(
        'Trabalhei quinze anos numa oficina do Porto. Hoje restauro relógios no meu atelier. Morada: Rua da Liberdade, 22, 4470-123 Maia. Telefone 229 000 111.',
      ),
    ).toBe('Maia');
  });

  it('never places it in the other place named only to be refused, whatever the word that refuses it', () => {
    // Spanish "no" before a capitalised place refuses it; Portuguese "no" is "in the".
    expect(where('Vendo miel en Jaén. Es Jaén de Andalucía, no Jaén del Perú, ojo.')).not.toMatch(/Perú/u);
    expect(where('Soy fontanero. Trabajo aquí, es Mérida la de Badajoz, no Mérida de Yucatán.')).not.toBe('Mérida de Yucatán');
    expect(where('Pastelaria em Lisboa, no Chiado.')).toMatch(/^Lisboa.*Chiado/u);
  });
});
