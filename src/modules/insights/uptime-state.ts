import type { UptimeCause } from '@/modules/notifications/events';

/** Failed checks in a row that open an incident: one failure can be a blip of the network. */
export const INCIDENT_AFTER_FAILURES = 2;

export type MonitorState = {
  consecutiveFailures: number;
  firstFailedAt: Date | null;
  firstCause: UptimeCause | null;
  firstStatusCode: number | null;
  openIncidentId: string | null;
};

export type CheckOutcome = { at: Date; isUp: boolean; cause: UptimeCause | null; statusCode: number | null };

export type UptimeAction =
  | { type: 'none' }
  /** Open an incident dated from the first failure of the run (when the host went down, as far as we know). */
  | { type: 'open'; openedAt: Date; confirmedAt: Date; cause: UptimeCause; statusCode: number | null; failedChecks: number }
  /** One more failed check of an incident already open. */
  | { type: 'extend'; incidentId: string }
  | { type: 'resolve'; incidentId: string; resolvedAt: Date };

export const INITIAL_MONITOR_STATE: MonitorState = {
  consecutiveFailures: 0,
  firstFailedAt: null,
  firstCause: null,
  firstStatusCode: null,
  openIncidentId: null,
};

/**
 * The uptime state machine of one host: a check's outcome → the host's next state and what to do
 * about incidents. An incident opens on the INCIDENT_AFTER_FAILURES-th failure in a row and is
 * resolved by the first success; the caller stores the incident and, for 'open', sets
 * openIncidentId to its id. Pure, so the rule is tested without a network or a clock.
 */
export function decideUptimeTransition(state: MonitorState, outcome: CheckOutcome): { next: MonitorState; action: UptimeAction } {
  if (outcome.isUp) {
    const action: UptimeAction = state.openIncidentId
      ? { type: 'resolve', incidentId: state.openIncidentId, resolvedAt: outcome.at }
      : { type: 'none' };
    return { next: INITIAL_MONITOR_STATE, action };
  }
  const failures = state.consecutiveFailures + 1;
  const first = state.firstFailedAt
    ? { firstFailedAt: state.firstFailedAt, firstCause: state.firstCause ?? 'other', firstStatusCode: state.firstStatusCode }
    : { firstFailedAt: outcome.at, firstCause: outcome.cause ?? 'other', firstStatusCode: outcome.statusCode };
  const next: MonitorState = { consecutiveFailures: failures, ...first, openIncidentId: state.openIncidentId };
  if (state.openIncidentId) return { next, action: { type: 'extend', incidentId: state.openIncidentId } };
  if (failures < INCIDENT_AFTER_FAILURES) return { next, action: { type: 'none' } };
  return {
    next,
    action: {
      type: 'open',
      openedAt: first.firstFailedAt,
      confirmedAt: outcome.at,
      cause: first.firstCause,
      statusCode: first.firstStatusCode,
      failedChecks: failures,
    },
  };
}
