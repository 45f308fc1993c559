import { serve } from 'inngest/next';
import { inngest } from '~inngest/client';
import { inngestFunctions } from '~inngest/functions/inngest-functions';

// Inngest calls this endpoint to run the durable jobs (signed with INNGEST_SIGNING_KEY).
export const { GET, POST, PUT } = serve({ client: inngest, functions: inngestFunctions });
