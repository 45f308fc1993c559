import { Inngest } from 'inngest';

/**
 * The Inngest client. Durable jobs (build/deploy/metering) are added in
 * inngest/functions by the issues that need them; without INNGEST_EVENT_KEY
 * the in-process runner executes the same functions (see src/lib/jobs).
 */
export const inngest = new Inngest({ id: 'page-magic' });
