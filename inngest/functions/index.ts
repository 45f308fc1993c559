import type { Job } from '@/lib/jobs/types';
import { cleanAbandonedUploadsJob } from './clean-abandoned-uploads';
import { cleanJobHistoryJob } from './clean-job-history';
import { collectPhotoBlobsJob } from './collect-photo-blobs';
import { eraseCrmContactsJob, sweepCrmContactErasuresJob } from './crm-erase-contacts';
import { deliverNotificationJob, sendLeadDigestsJob } from './deliver-notification';
import { deliverWebhookJob } from './deliver-webhook';
import { detectUsageThresholdsJob } from './detect-usage-thresholds';
import { domainLifecycleJob } from './domain-lifecycle';
import { failStalledDeploymentsJob } from './fail-stalled-deployments';
import { issueNfseJob } from './issue-nfse';
import { moveSiteAddressJob } from './move-site-address';
import { linkLeadSignUpsJob, nurtureLeadJob, pushLeadToCrmJob, sweepLeadsToCrmJob } from './nurture-lead';
import { performanceChecksJob } from './performance-checks';
import { pruneSiteTrafficJob } from './prune-site-traffic';
import { pushSiteLeadToCrmJob, sweepSiteLeadsToCrmJob } from './push-site-lead-to-crm';
import { purgeIdempotencyKeysJob } from './purge-idempotency-keys';
import { publishSite } from './publish-site';
import { rebuildForDomainJob } from './rebuild-for-domain';
import { purgeTrashedFilesJob } from './purge-trashed-files';
import { pushUsageToStripeJob } from './push-usage-to-stripe';
import { recordHostingTimeJob } from './record-hosting-time';
import { recordStorageSnapshotJob } from './record-storage-snapshot';
import { relayOutboxJob } from './relay-outbox';
import { releaseStaleGenerationsJob } from './release-stale-generations';
import { runAnalysisJob } from './run-analysis';
import { sendMonthlyReportsJob } from './send-monthly-reports';
import { sendNewsletterConfirmationJob } from './send-newsletter-confirmation';
import { ticketSlaChecksJob } from './ticket-sla-checks';
import { pruneUptimeChecksJob, uptimeChecksJob } from './uptime-checks';

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
  cleanAbandonedUploadsJob,
  purgeTrashedFilesJob,
  recordStorageSnapshotJob,
  collectPhotoBlobsJob,
  domainLifecycleJob,
  rebuildForDomainJob,
  pushUsageToStripeJob,
  detectUsageThresholdsJob,
  issueNfseJob,
  deliverNotificationJob,
  deliverWebhookJob,
  runAnalysisJob,
  nurtureLeadJob,
  pushLeadToCrmJob,
  eraseCrmContactsJob,
  sweepCrmContactErasuresJob,
  sweepLeadsToCrmJob,
  pushSiteLeadToCrmJob,
  sweepSiteLeadsToCrmJob,
  linkLeadSignUpsJob,
  sendLeadDigestsJob,
  sendNewsletterConfirmationJob,
  ticketSlaChecksJob,
  sendMonthlyReportsJob,
  uptimeChecksJob,
  performanceChecksJob,
  pruneUptimeChecksJob,
  pruneSiteTrafficJob,
  purgeIdempotencyKeysJob,
];
