import { events } from '~inngest/client';
import { defineJob } from '@/lib/jobs/define-job';
import { unsafeIssueNfse, unsafeMarkNfseFailed } from '@/modules/billing/issue-nfse';

/**
 * Issues a paid invoice's NFS-e (src/modules/billing/issue-nfse.ts). A provider that fails is
 * retried with the engine's backoff; the provider's idempotency (our invoice id as its external
 * id) makes a retry find what an earlier try asked for. When the retries are spent the NFS-e is
 * `failed` with the error, on the agency's billing view. The client's access never waits on it.
 */
export const issueNfseJob = defineJob(
  {
    id: 'issue-nfse',
    trigger: events.nfseRequested,
    retries: 6,
    // One NFS-e at a time per invoice (a manual re-run must not race a retry).
    concurrency: { limit: 1, key: 'event.data.stripeInvoiceId' },
    onFailure: async ({ event, error }) => unsafeMarkNfseFailed(event.data.stripeInvoiceId, error.message),
  },
  async ({ event, step }) => step.run('issue', () => unsafeIssueNfse(event.data.stripeInvoiceId)),
);
