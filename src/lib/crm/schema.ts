import { pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

// The CRM port's bookkeeping (SQL, the trigger and the request function:
// supabase/migrations/20261231000400_site_lead_crm_erasure.sql). The private schema: system code only.
const privateSchema = pgSchema('private');

/** CRM contacts whose erasure was asked for and not yet confirmed by the CRM. */
export const crmContactErasures = privateSchema.table('crm_contact_erasures', {
  contactId: text('contact_id').primaryKey(),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  lastError: text('last_error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
