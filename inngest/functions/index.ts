import type { Job } from '@/lib/jobs/types';
import { cleanJobHistoryJob } from './clean-job-history';
import { failStalledDeploymentsJob } from './fail-stalled-deployments';
import { moveSiteAddressJob } from './move-site-address';
import { publishSite } from './publish-site';
import { recordHostingTimeJob } from './record-hosting-time';
import { relayOutboxJob } from './relay-outbox';
import { releaseStaleGenerationsJob } from './release-stale-generations';

/**
 * Every durable job. /api/inngest serves them to Inngest; the embedded engine (started from
 * src/instrumentation.ts when Inngest is not configured) runs the same list.
 */
export const jobs: readonly Job[] = [
  publishSite,
  moveSiteAddressJob,
  failStalledDeploymentsJob,
  recordHostingTimeJob,
  relayOutboxJob,
  releaseStaleGenerationsJob,
  cleanJobHistoryJob,
];
