import { serve } from 'inngest/next';
import { inngest } from '~inngest/client';
import { jobs } from '~inngest/functions';
import { toInngestFunction } from '@/lib/jobs/inngest-adapter';

// Inngest calls this endpoint to run the durable jobs (signed with INNGEST_SIGNING_KEY).
export const { GET, POST, PUT } = serve({ client: inngest, functions: jobs.map(toInngestFunction) });
