import { describe, expect, it } from 'vitest';
import type { SlaPolicy } from './business-hours';
import { nextSlaClock, type SlaClock } from './sla-clock';

const calendar: SlaPolicy = { hours: 'calendar', timeZone: 'America/Sao_Paulo', schedule: [], holidays: [] };
const t0 = new Date('2026-11-23T12:00:00Z');
const plus = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function opened(slaMinutes: number | null): SlaClock {
  return {
    status: 'open',
    slaMinutes,
    firstRespondedAt: null,
    slaClockStartedAt: t0,
    slaConsumedMinutes: 0,
    slaPausedAt: null,
    firstResponseDueAt: slaMinutes === null ? null : plus(slaMinutes),
    slaWarnAt: slaMinutes === null ? null : plus(slaMinutes * 0.8),
  };
}

describe('the first-response clock', () => {
  it('due per plan: Basic 24 h, Pro 4 h, Enterprise 1 h, Free none', () => {
    expect(nextSlaClock(opened(1440), t0, calendar).firstResponseDueAt).toEqual(plus(1440));
    expect(nextSlaClock(opened(240), t0, calendar).firstResponseDueAt).toEqual(plus(240));
    expect(nextSlaClock(opened(60), t0, calendar)).toMatchObject({ firstResponseDueAt: plus(60), slaWarnAt: plus(48) });
    expect(nextSlaClock(opened(null), t0, calendar).firstResponseDueAt).toBeNull();
  });

  it('a later change while the clock runs does not move it: due and warning stay where the start put them', () => {
    // Issue 33.10: every other case here evaluated at the clock's start, where "now" and "start"
    // are the same instant, so a clock restarted by any change went unnoticed.
    for (const later of [1, 100, 239, 500]) {
      expect(nextSlaClock(opened(240), plus(later), calendar), `+${later} min`).toMatchObject({
        slaClockStartedAt: t0,
        slaConsumedMinutes: 0,
        slaPausedAt: null,
        firstResponseDueAt: plus(240),
        slaWarnAt: plus(192),
      });
    }
  });

  it('pausing banks exactly the time used until the pause', () => {
    for (const later of [1, 45, 300]) {
      expect(nextSlaClock({ ...opened(240), status: 'waiting_for_client' }, plus(later), calendar).slaConsumedMinutes, `+${later}`).toBe(
        later,
      );
    }
  });

  it('pauses while waiting for the client and resumes with the time that was left', () => {
    // Pro (4 h): 1 h passes, the agency asks the client something; the client answers 5 h later.
    const paused = nextSlaClock({ ...opened(240), status: 'waiting_for_client' }, plus(60), calendar);
    expect(paused).toMatchObject({ slaPausedAt: plus(60), slaConsumedMinutes: 60, firstResponseDueAt: null, slaWarnAt: null });
    // Paused again at a later change: nothing moves.
    expect(nextSlaClock({ ...opened(240), ...paused, status: 'waiting_for_client' }, plus(120), calendar)).toEqual(paused);
    const resumed = nextSlaClock({ ...opened(240), ...paused, status: 'open' }, plus(360), calendar);
    // 3 h left from the resume: due at +9 h instead of +4 h; the warning at 80 % (192 min of SLA used).
    expect(resumed).toMatchObject({
      slaPausedAt: null,
      slaClockStartedAt: plus(360),
      firstResponseDueAt: plus(540),
      slaWarnAt: plus(360 + 132),
    });
  });

  it('stops once answered', () => {
    const answered = { ...opened(60), firstRespondedAt: plus(10), status: 'waiting_for_client' as const };
    expect(nextSlaClock(answered, plus(30), calendar)).toMatchObject({ slaPausedAt: null, firstResponseDueAt: plus(60) });
  });
});
