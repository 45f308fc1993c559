import { defineJob } from '@/lib/jobs/define-job';
import { unsafeSendNewsletterConfirmation } from '@/modules/host/unsafe-send-newsletter-confirmation';
import { events } from '~inngest/client';

/**
 * A newsletter sign-up on a published site was stored: mail the confirmation link. Here rather
 * than in the visitor's request, so the sign-up never waits on (or fails with) mail delivery, and
 * a failed send is retried.
 */
export const sendNewsletterConfirmationJob = defineJob(
  { id: 'send-newsletter-confirmation', trigger: events.newsletterSignedUp, retries: 8 },
  async ({ event, step }) => ({ outcome: await step.run('mail', () => unsafeSendNewsletterConfirmation(event.data)) }),
);
