import { events } from '~inngest/client';
import { defineJob } from '@/lib/jobs/define-job';
import { rebuildForCanonicalOrigin } from '@/modules/host/rebuild-for-canonical-origin';

/**
 * A project's custom domains changed: rebuild its published site if its canonical address moved
 * (to a primary custom domain that went live, or back to `<slug>` when it stopped being served).
 * One run per project at a time, so a burst of changes (apex and www going live together) queues
 * one rebuild instead of racing two.
 */
export const rebuildForDomainJob = defineJob(
  { id: 'rebuild-for-domain', trigger: events.domainRoutingChanged, concurrency: { limit: 1, key: 'event.data.projectId' } },
  async ({ event, step }) => step.run('rebuild', () => rebuildForCanonicalOrigin(event.data.projectId)),
);
