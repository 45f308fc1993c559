import { defineCronJob } from '@/lib/jobs/define-job';
import { getPayments } from '@/lib/payments/get-stripe';
import { pushUsageToStripe } from '@/modules/metering/push-usage-to-stripe';

/**
 * Every minute: usage of closed minutes → Stripe Billing Meter events (exactly once; see
 * pushUsageToStripe). One run at a time. Without Stripe keys usage stays recorded and unsent.
 */
export const pushUsageToStripeJob = defineCronJob({ id: 'push-usage-to-stripe', cron: '* * * * *', concurrency: 1 }, async ({ step }) =>
  step.run('push', async () => {
    const payments = getPayments();
    if (payments.kind !== 'stripe') return { skipped: 'payments not configured' };
    return pushUsageToStripe(payments.stripe);
  }),
);
