import type { DomainStatus } from '../domain-status';

/** The badge colour of each status, shared by the client's and the agency's domain pages. */
export const STATUS_BADGE: Record<DomainStatus, 'neutral' | 'brand' | 'success' | 'danger'> = {
  waiting: 'neutral',
  verified: 'brand',
  live: 'success',
  needs_attention: 'danger',
};
