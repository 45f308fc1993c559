import { describe, expect, it } from 'vitest';
import { addSlaMinutes, slaMinutesBetween, type SlaPolicy } from './business-hours';

// Business hours in São Paulo (UTC−3, no DST since 2019): Mon–Fri 09:00–18:00, with a holiday.
const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' }));
const business: SlaPolicy = { hours: 'business', timeZone: 'America/Sao_Paulo', schedule: weekdays, holidays: ['2026-11-20'] };
const calendar: SlaPolicy = { ...business, hours: 'calendar' };
const at = (iso: string) => new Date(iso);

describe('SLA time', () => {
  it('calendar hours: plain elapsed time, weekends included', () => {
    expect(addSlaMinutes(at('2026-11-20T17:00:00-03:00'), 240, calendar)).toEqual(at('2026-11-20T21:00:00-03:00'));
    expect(slaMinutesBetween(at('2026-11-21T10:00:00-03:00'), at('2026-11-21T11:30:00-03:00'), calendar)).toBe(90);
  });

  it('business hours: a Friday-afternoon ticket runs into Monday, skipping the weekend', () => {
    // Friday 27 Nov 16:00 + 4 h = 2 h on Friday, 2 h on Monday → Monday 30 Nov 11:00.
    expect(addSlaMinutes(at('2026-11-27T16:00:00-03:00'), 240, business)).toEqual(at('2026-11-30T11:00:00-03:00'));
  });

  it('business hours: a holiday (Friday 20 Nov, Consciência Negra) counts for nothing', () => {
    // Thursday 19 Nov 17:00 + 4 h = 1 h Thursday, Friday is a holiday, weekend → Monday 23 Nov 12:00.
    expect(addSlaMinutes(at('2026-11-19T17:00:00-03:00'), 240, business)).toEqual(at('2026-11-23T12:00:00-03:00'));
    expect(slaMinutesBetween(at('2026-11-19T17:00:00-03:00'), at('2026-11-23T12:00:00-03:00'), business)).toBe(240);
  });

  it('business hours: opened at night, the clock starts at the next opening', () => {
    expect(addSlaMinutes(at('2026-11-24T22:00:00-03:00'), 60, business)).toEqual(at('2026-11-25T10:00:00-03:00'));
    expect(slaMinutesBetween(at('2026-11-24T22:00:00-03:00'), at('2026-11-25T08:59:00-03:00'), business)).toBe(0);
  });

  it('a 24 h SLA in business hours is 24 working hours (almost three working days)', () => {
    // Monday 09:00 + 24 working hours = Mon 9 + Tue 9 + Wed 6 → Wednesday 15:00.
    expect(addSlaMinutes(at('2026-11-23T09:00:00-03:00'), 24 * 60, business)).toEqual(at('2026-11-25T15:00:00-03:00'));
  });

  it('wall-clock windows follow the zone across a DST change (New York, 1 Nov 2026)', () => {
    const ny: SlaPolicy = { hours: 'business', timeZone: 'America/New_York', schedule: weekdays, holidays: [] };
    // Friday 30 Oct 17:00 EDT + 2 h → Monday 2 Nov 10:00 EST (15:00 UTC, not 14:00).
    expect(addSlaMinutes(at('2026-10-30T17:00:00-04:00'), 120, ny)).toEqual(at('2026-11-02T15:00:00Z'));
  });

  it('an empty schedule falls back to calendar hours rather than never coming due', () => {
    expect(addSlaMinutes(at('2026-11-21T10:00:00Z'), 60, { ...business, schedule: [] })).toEqual(at('2026-11-21T11:00:00Z'));
  });
});
