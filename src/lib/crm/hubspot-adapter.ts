import { z } from 'zod';
import type { CrmAdapter, CrmContact } from './types';

const upsertResponse = z.object({
  status: z.string(),
  results: z.array(z.object({ id: z.string().min(1) })).min(1),
});
const errorResponse = z.object({ message: z.string().optional(), category: z.string().optional() }).partial();

/**
 * HubSpot's CRM contacts API, create-or-update by email in one call: `POST
 * /crm/v3/objects/contacts/batch/upsert` with `idProperty: "email"` (a private app's token with the
 * `crm.objects.contacts.write` scope). Only standard contact properties are sent, so no portal
 * set-up is needed. A failure throws with HubSpot's status and category (never the token); the
 * caller's job retries it.
 */
export function createHubspotAdapter(options: { token: string; baseUrl?: string; timeoutMs?: number }): CrmAdapter {
  const base = (options.baseUrl ?? 'https://api.hubapi.com').replace(/\/$/, '');
  return {
    kind: 'hubspot',
    async upsertContact(contact: CrmContact) {
      const properties: Record<string, string> = { email: contact.email };
      if (contact.firstName) properties.firstname = contact.firstName;
      if (contact.lastName) properties.lastname = contact.lastName;
      if (contact.phone) properties.phone = contact.phone;
      if (contact.company) properties.company = contact.company;
      if (contact.website) properties.website = contact.website;
      const response = await fetch(`${base}/crm/v3/objects/contacts/batch/upsert`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ inputs: [{ idProperty: 'email', id: contact.email, properties }] }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const error = errorResponse.safeParse(body);
        const detail = error.success ? [error.data.category, error.data.message].filter(Boolean).join(': ') : '';
        throw new Error(`HubSpot answered ${response.status}${detail ? ` (${detail.slice(0, 300)})` : ''}`);
      }
      const parsed = upsertResponse.safeParse(body);
      if (!parsed.success) throw new Error(`HubSpot answered ${response.status} with an unexpected body`);
      return { id: parsed.data.results[0]!.id };
    },
    // `POST /crm/v3/objects/contacts/gdpr-delete` with the contact's id (no `idProperty`: by email,
    // HubSpot would blocklist an address it does not find). 204 when erased; 404 when it is gone.
    async eraseContact(contactId: string) {
      const response = await fetch(`${base}/crm/v3/objects/contacts/gdpr-delete`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ objectId: contactId }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      if (response.ok || response.status === 404) return;
      const error = errorResponse.safeParse(await response.json().catch(() => null));
      const detail = error.success ? [error.data.category, error.data.message].filter(Boolean).join(': ') : '';
      throw new Error(`HubSpot answered ${response.status}${detail ? ` (${detail.slice(0, 300)})` : ''}`);
    },
  };
}
