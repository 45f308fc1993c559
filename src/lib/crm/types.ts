/**
 * The CRM port: where the agency keeps its contacts. Production pushes leads to HubSpot
 * (HUBSPOT_TOKEN); the embedded default has no CRM — the leads stay in our database, which is the
 * record either way, and the push does nothing.
 */
export type CrmContact = {
  email: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  company?: string;
  /** The site they analyzed. */
  website?: string;
};

export interface CrmAdapter {
  readonly kind: 'hubspot' | 'none';
  /** Creates the contact, or updates the one with this email. Throws on failure (callers retry). */
  upsertContact(contact: CrmContact): Promise<{ id: string } | null>;
  /**
   * Erases the contact with this CRM id for good (a data subject's deletion, LGPD art. 18 VI /
   * GDPR art. 17). By id, never by email: HubSpot blocklists an email it cannot find. A contact
   * already gone counts as erased. Throws on failure (callers retry).
   */
  eraseContact(contactId: string): Promise<void>;
}
