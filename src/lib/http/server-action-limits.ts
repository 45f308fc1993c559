// Shared by next.config.ts (Next's own `serverActions.bodySizeLimit`) and the proxy's check of
// server-action requests (check-server-action-request.ts), so the two can never disagree: the
// proxy answers 413 for anything Next would refuse with its 500. Dependency-free on purpose:
// next.config.ts imports it.

/** The largest server-action body we accept: 1 MiB, Next's own default. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
