import { getEnv } from '@/lib/env';
import { createHubspotAdapter } from './hubspot-adapter';
import type { CrmAdapter } from './types';

const none: CrmAdapter = { kind: 'none', upsertContact: async () => null, eraseContact: async () => {} };

/** HubSpot when HUBSPOT_TOKEN is set; otherwise no CRM (the embedded default does nothing). */
export function getCrm(): CrmAdapter {
  const env = getEnv();
  return env.HUBSPOT_TOKEN ? createHubspotAdapter({ token: env.HUBSPOT_TOKEN, baseUrl: env.HUBSPOT_API_URL }) : none;
}
