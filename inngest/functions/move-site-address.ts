import { events } from '~inngest/client';
import { defineJob } from '@/lib/jobs/define-job';
import { moveSiteAddress } from '@/modules/host/move-site-address';

/** A project moved to a new address: stop serving the old one, rebuild a published site for the new one. */
export const moveSiteAddressJob = defineJob({ id: 'move-site-address', trigger: events.projectAddressChanged }, async ({ event, step }) => {
  const rebuilt = await step.run('move', () => moveSiteAddress(event.data));
  return { rebuilt };
});
