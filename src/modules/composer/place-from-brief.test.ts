import { describe, expect, it } from 'vitest';
import { extractBrief } from '@/modules/brief/extract-brief';
import { composeOfflineSite } from './compose-offline-site';

const strings = (prompt: string, locale: string) =>
  (
    composeOfflineSite({ prompt, locales: [locale], brief: extractBrief({ prompt }) }).i18n.strings as Record<
      string,
      Record<string, string>
    >
  )[locale]!;

describe('the place the site names', () => {
  it('is the one the brief decided, never a town the story names or the person took back', () => {
    const story = strings(
      'Trabalhei quinze anos numa oficina do Porto. Hoje restauro relógios no meu atelier. Morada: Rua da Liberdade, 22, 4470-123 Maia. Telefone 229 000 111.',
      'pt-PT',
    );
    expect(story['seo.title']).toContain('Maia');
    expect(story['seo.title']).not.toContain('Porto');
    const corrected = strings(
      'Faço doces em Santo André, quer dizer, São Bernardo do Campo. Brigadeiro R$ 3. WhatsApp (11) 99876-5432.',
      'pt-BR',
    );
    expect(JSON.stringify(corrected)).toContain('São Bernardo do Campo');
    expect(JSON.stringify(corrected)).not.toContain('Santo André');
  });
  it('is the town the brief names first, never the state or region after it', () => {
    const town = strings('Faço redes de pesca em Camocim, no Ceará, faz 30 anos. Tarrafa R$ 250. WhatsApp (88) 99711-2233.', 'pt-BR');
    expect(town['seo.title']).toContain('Camocim');
    const district = strings('Arreglo radios en San Isidro, Lima. Radio a tubos S/ 120. Celular 987 654 321.', 'es');
    expect(district['seo.title']).toContain('San Isidro');
  });
});
