import { describe, expect, it } from 'vitest';
import { renderIntl } from '@tests/helpers/render-intl';
import { SlaLine, type SlaView } from './sla-line';

// Where a ticket's first answer stands, as the client and the agency read it: time left (amber
// when little is left), overdue in words and red, answered, paused, or no SLA on the plan.

const MINUTE = 60_000;
const at = (minutes: number) => new Date(Date.now() + minutes * MINUTE);
const sla = (view: Partial<SlaView>): SlaView => ({
  slaMinutes: 240,
  dueAt: null,
  respondedAt: null,
  pausedAt: null,
  breachedAt: null,
  ...view,
});
const line = (view: Partial<SlaView>, audience: 'client' | 'agency' = 'client', locale: 'en' | 'pt-BR' = 'en') =>
  renderIntl(<SlaLine sla={sla(view)} audience={audience} />, locale);

describe('the SLA line', () => {
  it('gives the time left, and turns amber when less than a fifth of the SLA is left', () => {
    const plenty = line({ dueAt: at(121) });
    expect(plenty).toMatch(/First answer due in 2 hours \(/);
    expect(plenty).not.toContain('amber');
    expect(line({ dueAt: at(20) })).toContain('text-amber-800');
    expect(line({ dueAt: at(121) }, 'client', 'pt-BR')).toMatch(/em 2 horas/);
  });

  it('says an overdue first answer in words, in red, with how long ago it was due', () => {
    const overdue = line({ dueAt: at(-31) }, 'agency');
    expect(overdue).toMatch(/First answer overdue since 31 minutes ago/);
    expect(overdue).toContain('text-red-700');
  });

  it('an answered ticket, a paused clock and a plan without an SLA each say so', () => {
    expect(line({ dueAt: at(-10), respondedAt: at(-60) })).toContain('First answer ');
    expect(line({ dueAt: at(-10), respondedAt: at(-60) })).not.toContain('overdue');
    expect(line({ dueAt: at(30), pausedAt: at(-5) }, 'agency')).toContain('Clock paused: waiting for the client');
    expect(line({ dueAt: at(30), pausedAt: at(-5) })).toContain('Clock paused while we wait for your answer');
    expect(line({ slaMinutes: null })).toContain('No guaranteed response time on this plan');
  });
});
