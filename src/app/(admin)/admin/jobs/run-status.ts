import type { RunStatus } from '@/lib/jobs/schema';

/** The badge colour of a run's status. */
export function runStatusVariant(status: RunStatus): 'success' | 'danger' | 'warning' | 'neutral' {
  if (status === 'succeeded') return 'success';
  if (status === 'failed') return 'danger';
  if (status === 'running' || status === 'queued') return 'warning';
  return 'neutral';
}
