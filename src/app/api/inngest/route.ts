import { serve } from 'inngest/next';
import { inngest } from '~inngest/client';
import { jobs } from '~inngest/functions';
import { toInngestFunction } from '@/lib/jobs/inngest-adapter';
import { guardInngestWebhook } from '@/lib/jobs/guard-inngest-webhook';

// Inngest calls this endpoint to run the durable jobs (signed with INNGEST_SIGNING_KEY). Not
// guarded by guardMutation (no browser, no cookies: see guardInngestWebhook and the exemption in
// tests/http/route-guard.test.ts).
const handlers = serve({ client: inngest, functions: jobs.map(toInngestFunction) });

export const GET = guardInngestWebhook(handlers.GET);
export const POST = guardInngestWebhook(handlers.POST);
export const PUT = guardInngestWebhook(handlers.PUT);
