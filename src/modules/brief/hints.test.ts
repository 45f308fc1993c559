import { describe, expect, it } from 'vitest';
import { detectHints } from './hints';

// A claim the footer and the features make of a hint ("Empresa familiar em Taguatinga", "24-hour
// business in Boring") must be one the person made: a family doll, or goats left day and night, is none.
describe('an adjective hint is a claim the person made', () => {
  it('reads a family business, never a family mentioned', () => {
    expect(detectHints('Sodería en Pergamino, empresa familiar desde 1968.', 'local-business')).toContain('family');
    expect(detectHints('Somos uma família que cultiva ananás em estufas.', 'local-business')).toContain('family');
    expect(detectHints('Conserto boneca de família que passou da avó para a neta.', 'local-business')).not.toContain('family');
    expect(detectHints('We cater for families and groups.', 'local-business')).not.toContain('family');
  });

  it('reads around the clock from the hours, never from how the work goes', () => {
    expect(detectHints('Guincho 24h em Goiânia.', 'local-business')).toContain('open24h');
    expect(detectHints('The goats stay there day and night until it is done.', 'local-business')).not.toContain('open24h');
  });
});
