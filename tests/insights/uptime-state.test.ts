import { describe, expect, it } from 'vitest';
import { decideUptimeTransition, INITIAL_MONITOR_STATE, type CheckOutcome, type MonitorState } from '@/modules/insights/uptime-state';
import { isUptimeCheckDue, uptimeIntervalMs } from '@/modules/insights/uptime-plan';

const at = (m: number) => new Date(Date.UTC(2026, 10, 2, 10, m));
const up = (m: number): CheckOutcome => ({ at: at(m), isUp: true, cause: null, statusCode: 200 });
const down = (m: number, cause: CheckOutcome['cause'] = 'http_status', statusCode: number | null = 502): CheckOutcome => ({
  at: at(m),
  isUp: false,
  cause,
  statusCode,
});

function run(outcomes: CheckOutcome[]) {
  let state: MonitorState = INITIAL_MONITOR_STATE;
  const actions = [];
  for (const outcome of outcomes) {
    const { next, action } = decideUptimeTransition(state, outcome);
    state = action.type === 'open' ? { ...next, openIncidentId: `incident-${outcome.at.getUTCMinutes()}` } : next;
    actions.push(action);
  }
  return { state, actions };
}

describe('the uptime state machine', () => {
  it('one failure is a blip: no incident', () => {
    expect(run([up(0), down(1), up(2)]).actions.map((a) => a.type)).toEqual(['none', 'none', 'none']);
  });

  it('opens on the second failure in a row, dated from the first and with its cause; resolves on the first success', () => {
    const { actions, state } = run([up(0), down(1, 'timeout', null), down(2), down(3), up(4)]);
    expect(actions.map((a) => a.type)).toEqual(['none', 'none', 'open', 'extend', 'resolve']);
    expect(actions[2]).toEqual({ type: 'open', openedAt: at(1), confirmedAt: at(2), cause: 'timeout', statusCode: null, failedChecks: 2 });
    expect(actions[4]).toEqual({ type: 'resolve', incidentId: 'incident-2', resolvedAt: at(4) });
    expect(state).toEqual(INITIAL_MONITOR_STATE);
  });

  it('the interval follows the plan, with slack for a tick a little early', () => {
    expect(uptimeIntervalMs('free')).toBe(300_000);
    expect(uptimeIntervalMs('basic')).toBe(300_000);
    expect(uptimeIntervalMs('pro')).toBe(60_000);
    expect(uptimeIntervalMs('enterprise')).toBe(60_000);
    expect(isUptimeCheckDue(null, 60_000, at(0))).toBe(true);
    expect(isUptimeCheckDue(at(0), 60_000, new Date(at(1).getTime() - 5_000))).toBe(true);
    expect(isUptimeCheckDue(at(0), 300_000, at(3))).toBe(false);
  });
});
