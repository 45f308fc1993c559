import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { withRls } from '@/lib/db/with-rls';
import type { DbHandle } from '@/lib/db/client';
import { createMigratedTestDb, createTestDb, createTestUser, claimsFor } from '@tests/helpers/test-db';
import { probeUnfiltered, tablesInPublic, type ProbeOp, type TableShape } from '@tests/helpers/unfiltered-writes';
import {
  ACTORS,
  auditSince,
  claimsOf,
  createWorld,
  expectAppError,
  maxAuditId,
  outcomeOf,
  rowsOf,
  snapshot,
  subjectOf,
  TRAFFIC_DAY,
  UPTIME_HOST,
  uniqueSlug,
  type Actor,
  type Outcome,
  type World,
} from '@tests/helpers/rls-matrix';

/**
 * The cross-tenant matrix from the product spec: every table in `public` ×
 * every kind of caller × select/insert/update/delete, written down as data
 * and asserted against the real policies, grants and triggers.
 *
 * Each write is tried against tenant A's row and tenant B's row ("A|B"):
 *   ok      the write succeeds (1 row)
 *   0       filtered out by RLS: no error, 0 rows affected, data unchanged
 *   denied  AppError FORBIDDEN (missing grant, WITH CHECK or trigger), data unchanged
 *   limit   AppError TIER_LIMIT, data unchanged
 * Reads: all | own (exactly the subject's rows) | none (0 rows) | denied.
 *
 * Every test builds a fresh world (see createWorld), so cells are independent.
 * The generate/publish SECURITY DEFINER functions and insert triggers, which
 * a table × operation grid cannot express, are in rls-generate-publish.test.ts.
 *
 * Longer than our usual file on purpose: most of it is the matrix itself (data),
 * and the checks the spec lists with it (privileged profile columns, the
 * impersonator's view, the append-only audit log) read best next to it.
 */

type Read = 'all' | 'own' | 'none' | 'denied';
type Write = 'ok' | '0' | 'denied' | 'limit';
type Pair = `${Write}|${Write}`;
type Row = { select: Read; insert: Pair; update: Pair; delete: Pair };
type Table =
  | 'tier_limits'
  | 'user_profiles'
  | 'projects'
  | 'project_members'
  | 'project_invitations'
  | 'audit_log'
  | 'impersonation_sessions'
  | 'email_outbox'
  | 'generations'
  | 'site_versions'
  | 'named_site_versions'
  | 'preview_share_links'
  | 'usage_events'
  | 'deployments'
  | 'leads'
  | 'job_events'
  | 'job_runs'
  | 'job_steps'
  | 'job_schedules'
  | 'job_dedupe'
  | 'job_throttles'
  | 'metering_watermarks'
  | 'site_photo_blobs'
  | 'storage_folders'
  | 'storage_uploads'
  | 'storage_items'
  | 'billing_events'
  | 'meter_pushes'
  | 'usage_threshold_crossings'
  | 'billing_nfse'
  | 'billing_customers'
  | 'billing_subscriptions'
  | 'domains'
  | 'domain_events'
  | 'notification_events'
  | 'notifications'
  | 'notification_preferences'
  | 'notification_deliveries'
  | 'push_subscriptions'
  | 'webhook_endpoints'
  | 'support_settings'
  | 'support_ticket_counters'
  | 'support_tickets'
  | 'support_ticket_messages'
  | 'support_ticket_notes'
  | 'support_ticket_events'
  | 'support_ticket_ratings'
  | 'support_ticket_attachments'
  | 'support_canned_replies'
  | 'analyzer_analyses'
  | 'analyzer_leads'
  | 'site_traffic_days'
  | 'site_traffic_pages'
  | 'site_traffic_countries'
  | 'site_traffic_batches'
  | 'uptime_monitors'
  | 'uptime_checks'
  | 'uptime_daily'
  | 'uptime_incidents'
  | 'performance_metrics'
  | 'performance_pinned_pages'
  | 'monthly_reports'
  | 'legal_texts'
  | 'api_keys'
  | 'api_idempotency_keys'
  | 'ai_calls';
type WriteOp = 'insert' | 'update' | 'delete';
type Target = 'A' | 'B';

const row = (select: Read, insert: Pair, update: Pair, del: Pair): Row => ({ select, insert, update, delete: del });

// prettier-ignore
const MATRIX: Record<Table, Record<Actor, Row>> = {
  //                              select     insert A|B         update A|B         delete A|B
  tier_limits: {            // target A = the free tier's row, B = the pro tier's row
    anon:          row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  user_profiles: {          // update = display_name (privileged columns: see the next describe)
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'ok|0',          'denied|denied'),
    clientB:       row('own',    'denied|denied', '0|ok',          'denied|denied'),
    admin:         row('all',    'denied|denied', 'ok|ok',         'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'ok|0',          'denied|denied'),
  },
  projects: {               // insert = a project owned by A|B (A starts with none); update = name
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'ok|0',          'ok|0'),
    clientB:       row('own',    'denied|ok',     '0|ok',          '0|ok'),
    admin:         row('all',    'denied|denied', 'ok|ok',         'ok|ok'),
    impersonatorA: row('own',    'ok|denied',     'ok|0',          'ok|0'),
  },
  project_members: {        // insert = E as editor of PA|PB (only an accepted invitation adds members); update/delete = A's owner row in PA | D's editor row in PB
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', '0|0',           '0|0'),
    clientB:       row('own',    'denied|denied', '0|ok',          '0|ok'),
    admin:         row('all',    'denied|denied', '0|ok',          '0|ok'),
    impersonatorA: row('own',    'denied|denied', '0|0',           '0|0'),
  },
  project_invitations: {    // target = the open invitation to PA|PB; insert = a new one (A is on the free tier: its team is full); update = revoke
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'limit|denied',  'ok|0',          'denied|denied'),
    clientB:       row('own',    'denied|ok',     '0|ok',          'denied|denied'),
    admin:         row('all',    'limit|ok',      'ok|ok',         'denied|denied'),
    impersonatorA: row('own',    'limit|denied',  'ok|0',          'denied|denied'),
  },
  audit_log: {              // target = the impersonation.start entry about A|B
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  impersonation_sessions: { // insert = a session for client A|B; A's session is `admin`'s, B's is admin2's; update = ended_at
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', '0|0',           'denied|denied'),
    clientB:       row('none',   'denied|denied', '0|0',           'denied|denied'),
    admin:         row('all',    'ok|ok',         'ok|0',          'denied|denied'),
    impersonatorA: row('none',   'denied|denied', '0|0',           'denied|denied'),
  },
  email_outbox: {           // target = the email to A|B
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  // Generate and publish: owners/editors add rows through RLS; status changes
  // and activation only through private functions (rls-generate-publish.test.ts), so
  // no API role has UPDATE or DELETE on them. Admins read but are not editors.
  generations: {            // insert = a generation on PA|PB; update = status → 'failed' (the "do not charge me" attack)
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|ok',     'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
  },
  site_versions: {          // insert = version 2 of PA|PB; update = overwrite the document
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|ok',     'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
  },
  usage_events: {           // target = the usage event charged to A|B; update = quantity → 0
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  named_site_versions: {    // insert = a named version of PA|PB; update = rename (nobody may); delete = drop it
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'denied|denied', 'ok|0'),
    clientB:       row('own',    'denied|ok',     'denied|denied', '0|ok'),
    admin:         row('all',    'denied|denied', 'denied|denied', '0|0'),
    impersonatorA: row('own',    'ok|denied',     'denied|denied', 'ok|0'),
  },
  preview_share_links: {    // insert = a link to PA|PB's draft; update = revoke it; delete: nobody (revoked links stay)
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'ok|0',          'denied|denied'),
    clientB:       row('own',    'denied|ok',     '0|ok',          'denied|denied'),
    admin:         row('all',    'denied|denied', '0|0',           'denied|denied'),
    impersonatorA: row('own',    'ok|denied',     'ok|0',          'denied|denied'),
  },
  deployments: {            // insert = a deployment of PA|PB's own version; update = status → 'failed'
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|ok',     'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
  },
  leads: {                  // target = the lead on PA|PB; visitors' leads are written by the host (privileged)
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'ok|0'),
    clientB:       row('own',    'denied|denied', 'denied|denied', '0|ok'),
    admin:         row('all',    'denied|denied', 'denied|denied', '0|0'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'ok|0'),
  },
  // The job engine's state and metering's watermarks: written by system code only. Events are
  // recorded by user transactions through private.enqueue_job_event (outbox.test.ts), never by INSERT.
  job_events: {             // target = the event that queued A|B's publish job
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  job_runs: {               // target = the publish job's run for A|B's deployment; system-written, admins read
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  job_steps: {              // target = a step of that run
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  job_schedules: {          // target = a cron schedule named after A|B's fixture
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  job_dedupe: {             // engine internals: no API role at all
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
  },
  job_throttles: {          // engine internals: no API role at all
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
  },
  metering_watermarks: {    // target = a meter named after A|B's fixture
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  site_photo_blobs: {       // target = a photo variant recorded for A|B's fixture; system-written (publish job, GC cron)
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  // Files: each client's own. Files appear only through private.complete_upload and disappear
  // only through the purge cron (storage-quota.test.ts, storage-files.test.ts), so nobody inserts
  // or deletes them directly. Admins read, for support, and change nothing.
  // Custom domains (issue 14): an owner adds domains to their own project within the tier's
  // limit (A is on Free with one domain already: 'limit'), chooses the primary one, removes one;
  // status and proofs are system-written. Admins read all and may remove one (audited).
  domains: {                // target = A|B's domain; insert = another domain on PA|PB; update = make it primary
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'limit|denied',  'ok|0',          'ok|0'),
    clientB:       row('own',    'denied|ok',     '0|ok',          '0|ok'),
    admin:         row('all',    'denied|denied', '0|0',           'ok|ok'),
    impersonatorA: row('own',    'limit|denied',  'ok|0',          'ok|0'),
  },
  domain_events: {          // target = the 'added' event of A|B's domain; written by triggers and system code only
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  // Notifications (issue 15): the outbox and the delivery ledger are system-written (admins read,
  // for support); each person reads and marks read their own inbox, and manages their own
  // preferences and push devices. Nobody else's, admins included (their inbox view is their own).
  notification_events: {    // target = an event about A|B
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  notifications: {          // target = A|B's inbox row; insert = a forged one; update = mark read
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'ok|0',          'denied|denied'),
    clientB:       row('own',    'denied|denied', '0|ok',          'denied|denied'),
    admin:         row('all',    'denied|denied', '0|0',           'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'ok|0',          'denied|denied'),
  },
  notification_preferences: { // target = A|B's lead-email setting; insert = another setting for A|B; update = turn it off
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'ok|0',          'ok|0'),
    clientB:       row('own',    'denied|ok',     '0|ok',          '0|ok'),
    admin:         row('none',   'denied|denied', '0|0',           '0|0'),
    impersonatorA: row('own',    'ok|denied',     'ok|0',          'ok|0'),
  },
  notification_deliveries: { // target = the mail sent to A|B
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  push_subscriptions: {     // target = A|B's device; insert = another device for A|B; update = change its keys
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'denied|denied', 'ok|0'),
    clientB:       row('own',    'denied|ok',     'denied|denied', '0|ok'),
    admin:         row('none',   'denied|denied', 'denied|denied', '0|0'),
    impersonatorA: row('own',    'ok|denied',     'denied|denied', 'ok|0'),
  },
  webhook_endpoints: {      // target = A|B's webhook endpoint; insert = another endpoint for A|B; update = change its description
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'ok|0',          'ok|0'),
    clientB:       row('own',    'denied|ok',     '0|ok',          '0|ok'),
    admin:         row('none',   'denied|denied', '0|0',           '0|0'),
    impersonatorA: row('own',    'ok|denied',     'ok|0',          'ok|0'),
  },
  storage_folders: {        // target = A|B's folder; insert = a folder owned by A|B; update = rename
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'ok|0',          'denied|denied'),
    clientB:       row('own',    'denied|ok',     '0|ok',          'denied|denied'),
    admin:         row('all',    'denied|denied', '0|0',           'denied|denied'),
    impersonatorA: row('own',    'ok|denied',     'ok|0',          'denied|denied'),
  },
  storage_uploads: {        // target = A|B's reservation; insert = reserve 1 MB for A|B; update = shrink it to 1 byte
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|ok',     'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
  },
  storage_items: {          // target = A|B's file; insert = a file row for A|B; update = rename
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'ok|0',          'denied|denied'),
    clientB:       row('own',    'denied|denied', '0|ok',          'denied|denied'),
    admin:         row('all',    'denied|denied', '0|0',           'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'ok|0',          'denied|denied'),
  },
  // Billing: Stripe events processed (the webhook writes them) and the meter events pushed to
  // Stripe (the push cron writes them). System-written only; a client reads their own pushes.
  billing_events: {         // target = a Stripe event applied to A|B
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  meter_pushes: {           // target = a meter event aggregated for A|B; update = value → 0
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  // Usage thresholds crossed (the detection cron writes them; the key makes each notice once-only).
  usage_threshold_crossings: { // target = A|B's 80 % of ai_token this period; update = percent → 90
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  // NFS-e per paid invoice (issue 35): the Stripe webhook and the issuing job write them; the client
  // reads their own (billing page), admins all (failed ones); nobody changes them through the API.
  billing_nfse: {           // target = A|B's NFS-e of a paid invoice; update = status → issued
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  // The Stripe customer and subscription (issue 35): only the webhook and checkout write them, on the
  // privileged connection; the client reads their own (billing page), admins all (agency view).
  billing_customers: {      // target = A|B's Stripe customer; update = payment_method_summary → card
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  billing_subscriptions: {  // target = A|B's subscription; update = status → active, tier → enterprise
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  // Support tickets (issue 17): a client opens, resolves/reopens, writes on and rates their own
  // tickets; the monthly counter, the history and the SLA columns are the database's and system
  // code's. Internal notes and canned replies are the agency's alone — a client's role reads none.
  support_settings: {       // one row for the agency (A and B target the same row); update = holidays
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('all',    'denied|denied', '0|0',           'denied|denied'),
    clientB:       row('all',    'denied|denied', '0|0',           'denied|denied'),
    admin:         row('all',    'denied|denied', 'ok|ok',         'denied|denied'),
    impersonatorA: row('all',    'denied|denied', '0|0',           'denied|denied'),
  },
  support_ticket_counters: { // target = A|B's count this month; written by the ticket trigger only
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  support_tickets: {        // target = A|B's open ticket; insert = a new one for A|B; update = resolve it
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'ok|0',          'denied|denied'),
    clientB:       row('own',    'denied|ok',     '0|ok',          'denied|denied'),
    admin:         row('all',    'denied|denied', 'ok|ok',         'denied|denied'),
    impersonatorA: row('own',    'ok|denied',     'ok|0',          'denied|denied'),
  },
  support_ticket_messages: { // target = the message on A|B's ticket; insert = another one; update = edit it
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|ok',     'denied|denied', 'denied|denied'),
    admin:         row('all',    'ok|ok',         'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
  },
  support_ticket_notes: {   // target = the internal note on A|B's ticket
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'ok|ok',         'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  support_ticket_events: {  // target = the 'created' event of A|B's ticket; triggers and system code only
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  support_ticket_attachments: { // target = the file on A|B's client message (a note's is never a client's: see own); insert = on the description
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|ok',     'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
  },
  support_ticket_ratings: { // target = the rating of A|B's resolved ticket; insert = rate the other resolved one
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|ok',     'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'ok|denied',     'denied|denied', 'denied|denied'),
  },
  support_canned_replies: { // target = a canned reply (one per world's tenant, both the agency's); update = retitle
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', '0|0',           '0|0'),
    clientB:       row('none',   'denied|denied', '0|0',           '0|0'),
    admin:         row('all',    'ok|ok',         'ok|ok',         'ok|ok'),
    impersonatorA: row('none',   'denied|denied', '0|0',           '0|0'),
  },
  // URL analyzer (issue 16): visitors have no account; their analyses are read through the server
  // by unguessable id, written only by system code. Admins read all (the agency's view).
  analyzer_analyses: {      // target = a visitor's analysis (one per world's tenant)
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  // The analyzer's leads: visitors never read them (not even their own: they have no account);
  // only system code writes (the capture, the nurture job, the one-click unsubscribe, the CRM push).
  analyzer_leads: {         // target = a lead on the world's tenant's analysis
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  // Site traffic (issue 18): counters the serving process writes (private.record_site_traffic);
  // the site's members read them, nobody signed in writes.
  site_traffic_days: {      // target = PA|PB's row of TRAFFIC_DAY
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  site_traffic_pages: {     // target = PA|PB's page row of that day
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  site_traffic_countries: { // target = PA|PB's country row of that day
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  site_traffic_batches: {   // target = a batch key the serving process wrote; system-written, admins read
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
  // Uptime (issue 18): only the uptime cron (privileged) writes; the site's members and admins read.
  uptime_monitors: {        // target = PA|PB's monitor of its fixture host
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  uptime_checks: {          // target = PA|PB's failed check
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  uptime_daily: {           // target = PA|PB's rollup of that day
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  uptime_incidents: {       // target = PA|PB's open incident
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  // Performance (issue 18): only the performance cron (privileged) writes runs; owners and editors
  // pin pages up to their plan's number (A is Free: 1, already pinned), nobody changes a pin.
  performance_metrics: {    // target = PA|PB's run of its home page
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'denied|denied', 'denied|denied'),
  },
  performance_pinned_pages: { // target = PA|PB's pinned page; insert = pin another; update = its path; delete = unpin
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'limit|denied',  'denied|denied', 'ok|0'),
    clientB:       row('own',    'denied|ok',     'denied|denied', '0|ok'),
    admin:         row('all',    'denied|denied', 'denied|denied', '0|0'),
    impersonatorA: row('own',    'limit|denied',  'denied|denied', 'ok|0'),
  },
  // Monthly reports (issue 18): the client reads their own; admins read all and generate or
  // regenerate one (audited); nobody signed in deletes one. The job writes on the privileged connection.
  monthly_reports: {        // target = A|B's January report; insert = February's; update = its language
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'denied|denied', '0|0',           'denied|denied'),
    clientB:       row('own',    'denied|denied', '0|0',           'denied|denied'),
    admin:         row('all',    'ok|ok',         'ok|ok',         'denied|denied'),
    impersonatorA: row('own',    'denied|denied', '0|0',           'denied|denied'),
  },
  legal_texts: {            // global, like tier_limits: A = the English terms' row, B = the privacy row; insert = that page in pt-PT
    anon:          row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('all',    'denied|denied', '0|0',           '0|0'),
    clientB:       row('all',    'denied|denied', '0|0',           '0|0'),
    admin:         row('all',    'ok|ok',         'ok|ok',         'ok|ok'),
    impersonatorA: row('all',    'denied|denied', '0|0',           '0|0'),
  },
  // API keys (issue 36): the owner creates and revokes (update = revoke) their own; an admin reads
  // and revokes any; nobody creates one for someone else or while impersonating; nobody deletes.
  api_keys: {               // target = A|B's key; insert = a key owned by A|B
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'ok|0',          'denied|denied'),
    clientB:       row('own',    'denied|ok',     '0|ok',          'denied|denied'),
    admin:         row('all',    'denied|denied', 'ok|ok',         'denied|denied'),
    impersonatorA: row('own',    'denied|denied', 'ok|0',          'denied|denied'),
  },
  // Idempotency keys of the API (issue 36): owner-only, written by the owner's API calls (through
  // an own key, never while impersonated); not even an admin reads another account's responses.
  api_idempotency_keys: {   // target = A|B's stored response; insert = a claim by A|B's key; update = complete it
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('own',    'ok|denied',     'ok|0',          'ok|0'),
    clientB:       row('own',    'denied|ok',     '0|ok',          '0|ok'),
    admin:         row('none',   'denied|denied', '0|0',           '0|0'),
    impersonatorA: row('own',    'denied|denied', '0|0',           '0|0'),
  },
  // Model-call records (issue 37): the agency's operating data. Admins read all, clients (and an
  // admin acting as one) nothing; only the system writer inserts, nobody updates or deletes.
  ai_calls: {               // target = the call recorded for PA|PB; update = zero its tokens
    anon:          row('denied', 'denied|denied', 'denied|denied', 'denied|denied'),
    clientA:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    clientB:       row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
    admin:         row('all',    'denied|denied', 'denied|denied', 'denied|denied'),
    impersonatorA: row('none',   'denied|denied', 'denied|denied', 'denied|denied'),
  },
};

type Spec = {
  /** Expression identifying a row, selected by the actor and by the privileged snapshot. */
  key: string;
  /** Privileged predicate for the rows an actor acting as `$1` may see under 'own'. */
  own?: string;
  /** Privileged query for "tenant A|B's rows" of this table; $1 is the tenant value. */
  tenantRows: string;
  tenantValue(w: World, t: Target): string;
  /** Fixture keys that belong to tenant A|B (must be (in)visible to the right actors). */
  fixtureKey(w: World, t: Target): string;
  op: Record<WriteOp, (w: World, t: Target) => SQL>;
};

const idOf = (w: World, t: Target) => (t === 'A' ? w.a.id : w.b.id);
const projectOf = (w: World, t: Target) => (t === 'A' ? w.projectA! : w.projectB);
const contentOf = (w: World, t: Target) => (t === 'A' ? w.contentA! : w.contentB);
/** Rows of tables keyed by project that an actor acting as `$1` may see: their projects' rows. */
const OWN_PROJECT_ROWS = 'project_id in (select project_id from public.project_members where user_id = $1)';

const SPECS: Record<Table, Spec> = {
  support_settings: {
    key: 'id::text',
    tenantRows: 'select * from public.support_settings where $1::text is not null',
    tenantValue: () => 'agency',
    fixtureKey: () => 'true',
    op: {
      insert: () => sql`insert into public.support_settings (id) values (true) returning id`,
      update: () => sql`update public.support_settings set holidays = '{2026-12-25}' returning id`,
      delete: () => sql`delete from public.support_settings returning id`,
    },
  },
  support_ticket_counters: {
    key: "owner_id::text || ':' || month::text",
    own: 'owner_id = $1',
    tenantRows: 'select * from public.support_ticket_counters where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => `${idOf(w, t)}:${new Date().toLocaleDateString('en-CA', { timeZone: 'America/Sao_Paulo' }).slice(0, 7)}-01`,
    op: {
      insert: (w, t) =>
        sql`insert into public.support_ticket_counters (owner_id, month, used) values (${idOf(w, t)}, '2000-01-01', 0) returning owner_id`,
      update: (w, t) => sql`update public.support_ticket_counters set used = 0 where owner_id = ${idOf(w, t)} returning owner_id`,
      delete: (w, t) => sql`delete from public.support_ticket_counters where owner_id = ${idOf(w, t)} returning owner_id`,
    },
  },
  support_tickets: {
    key: 'id::text',
    own: 'owner_id = $1',
    tenantRows: 'select * from public.support_tickets where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).ticket,
    op: {
      insert: (w, t) =>
        sql`insert into public.support_tickets (owner_id, subject, description) values (${idOf(w, t)}, 'New', 'Help') returning id`,
      update: (w, t) => sql`update public.support_tickets set status = 'resolved' where id = ${contentOf(w, t).ticket} returning id`,
      delete: (w, t) => sql`delete from public.support_tickets where id = ${contentOf(w, t).ticket} returning id`,
    },
  },
  support_ticket_messages: {
    key: 'id::text',
    own: 'owner_id = $1',
    tenantRows: 'select * from public.support_ticket_messages where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).ticketMessage,
    op: {
      insert: (w, t) =>
        sql`insert into public.support_ticket_messages (ticket_id, owner_id, body) values (${contentOf(w, t).ticket}, ${idOf(w, t)}, 'Hello') returning id`,
      update: (w, t) =>
        sql`update public.support_ticket_messages set body = 'edited' where id = ${contentOf(w, t).ticketMessage} returning id`,
      delete: (w, t) => sql`delete from public.support_ticket_messages where id = ${contentOf(w, t).ticketMessage} returning id`,
    },
  },
  support_ticket_notes: {
    key: 'id::text',
    own: 'owner_id = $1',
    tenantRows: 'select * from public.support_ticket_notes where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).ticketNote,
    op: {
      insert: (w, t) =>
        sql`insert into public.support_ticket_notes (ticket_id, owner_id, body) values (${contentOf(w, t).ticket}, ${idOf(w, t)}, 'Note') returning id`,
      update: (w, t) => sql`update public.support_ticket_notes set body = 'edited' where id = ${contentOf(w, t).ticketNote} returning id`,
      delete: (w, t) => sql`delete from public.support_ticket_notes where id = ${contentOf(w, t).ticketNote} returning id`,
    },
  },
  support_ticket_events: {
    key: "ticket_id::text || ':' || kind",
    own: 'owner_id = $1',
    tenantRows: 'select * from public.support_ticket_events where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => `${contentOf(w, t).ticket}:created`,
    op: {
      insert: (w, t) =>
        sql`insert into public.support_ticket_events (ticket_id, owner_id, kind) values (${contentOf(w, t).ticket}, ${idOf(w, t)}, 'status') returning id`,
      update: (w, t) =>
        sql`update public.support_ticket_events set kind = 'edited' where ticket_id = ${contentOf(w, t).ticket} returning id`,
      delete: (w, t) => sql`delete from public.support_ticket_events where ticket_id = ${contentOf(w, t).ticket} returning id`,
    },
  },
  support_ticket_attachments: {
    key: 'id::text',
    // A client's own rows leave out the internal note's attachment (RLS), like the notes themselves.
    own: 'owner_id = $1 and note_id is null',
    tenantRows: 'select * from public.support_ticket_attachments where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).ticketAttachment,
    op: {
      insert: (w, t) =>
        sql`insert into public.support_ticket_attachments (ticket_id, owner_id, file_id, name, content_type, size_bytes) values (${contentOf(w, t).ticket}, ${idOf(w, t)}, ${contentOf(w, t).storageItem}, 'more.jpg', 'image/jpeg', 1) returning id`,
      update: (w, t) =>
        sql`update public.support_ticket_attachments set name = 'renamed.jpg' where id = ${contentOf(w, t).ticketAttachment} returning id`,
      delete: (w, t) => sql`delete from public.support_ticket_attachments where id = ${contentOf(w, t).ticketAttachment} returning id`,
    },
  },
  support_ticket_ratings: {
    key: 'ticket_id::text',
    own: 'owner_id = $1',
    tenantRows: 'select * from public.support_ticket_ratings where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).ticketRated,
    op: {
      insert: (w, t) =>
        sql`insert into public.support_ticket_ratings (ticket_id, owner_id, score) values (${contentOf(w, t).ticketUnrated}, ${idOf(w, t)}, 4) returning ticket_id`,
      update: (w, t) =>
        sql`update public.support_ticket_ratings set score = 1 where ticket_id = ${contentOf(w, t).ticketRated} returning ticket_id`,
      delete: (w, t) => sql`delete from public.support_ticket_ratings where ticket_id = ${contentOf(w, t).ticketRated} returning ticket_id`,
    },
  },
  support_canned_replies: {
    key: 'id::text',
    tenantRows: 'select * from public.support_canned_replies where title = $1',
    tenantValue: (w, t) => `Reply ${contentOf(w, t).cannedReply}`,
    fixtureKey: (w, t) => contentOf(w, t).cannedReply,
    op: {
      insert: (w, t) =>
        sql`insert into public.support_canned_replies (title, body) values (${`Reply ${contentOf(w, t).cannedReply}`}, 'Hi') returning id`,
      update: (w, t) =>
        sql`update public.support_canned_replies set body = 'Hello again' where id = ${contentOf(w, t).cannedReply} returning id`,
      delete: (w, t) => sql`delete from public.support_canned_replies where id = ${contentOf(w, t).cannedReply} returning id`,
    },
  },
  tier_limits: {
    key: 'tier::text',
    tenantRows: 'select * from public.tier_limits where tier = $1::public.tier',
    tenantValue: (_w, t) => (t === 'A' ? 'free' : 'pro'),
    fixtureKey: (_w, t) => (t === 'A' ? 'free' : 'pro'),
    op: {
      insert: (_w, t) =>
        sql`insert into public.tier_limits (tier, display_order, max_projects) values (${t === 'A' ? 'free' : 'pro'}, 99, 1000) returning tier`,
      update: (_w, t) => sql`update public.tier_limits set max_projects = 1000 where tier = ${t === 'A' ? 'free' : 'pro'} returning tier`,
      delete: (_w, t) => sql`delete from public.tier_limits where tier = ${t === 'A' ? 'free' : 'pro'} returning tier`,
    },
  },
  user_profiles: {
    key: 'id::text',
    own: 'id = $1',
    tenantRows: 'select * from public.user_profiles where id = $1',
    tenantValue: idOf,
    fixtureKey: idOf,
    op: {
      insert: (w, t) => sql`insert into public.user_profiles (id, email) values (${idOf(w, t)}, 'forged@test.local') returning id`,
      update: (w, t) => sql`update public.user_profiles set display_name = 'Renamed' where id = ${idOf(w, t)} returning id`,
      delete: (w, t) => sql`delete from public.user_profiles where id = ${idOf(w, t)} returning id`,
    },
  },
  projects: {
    key: 'id::text',
    own: 'owner_id = $1 or id in (select project_id from public.project_members where user_id = $1)',
    tenantRows: 'select * from public.projects where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => projectOf(w, t),
    op: {
      insert: (w, t) =>
        sql`insert into public.projects (name, slug, owner_id) values ('New site', ${uniqueSlug()}, ${idOf(w, t)}) returning id`,
      update: (w, t) => sql`update public.projects set name = 'Renamed' where id = ${projectOf(w, t)} returning id`,
      delete: (w, t) => sql`delete from public.projects where id = ${projectOf(w, t)} returning id`,
    },
  },
  project_members: {
    key: `project_id::text || '/' || user_id::text`,
    own: 'user_id = $1 or project_id in (select id from public.projects where owner_id = $1)',
    tenantRows: 'select * from public.project_members where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => (t === 'A' ? `${w.projectA}/${w.a.id}` : `${w.projectB}/${w.d.id}`),
    op: {
      insert: (w, t) =>
        sql`insert into public.project_members (project_id, user_id, role) values (${projectOf(w, t)}, ${w.e.id}, 'editor') returning project_id`,
      update: (w, t) =>
        sql`update public.project_members set role = 'viewer' where project_id = ${projectOf(w, t)} and user_id = ${t === 'A' ? w.a.id : w.d.id} returning project_id`,
      delete: (w, t) =>
        sql`delete from public.project_members where project_id = ${projectOf(w, t)} and user_id = ${t === 'A' ? w.a.id : w.d.id} returning project_id`,
    },
  },
  project_invitations: {
    key: 'id::text',
    own: 'project_id in (select id from public.projects where owner_id = $1)',
    tenantRows: 'select * from public.project_invitations where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => contentOf(w, t).invitation,
    op: {
      insert: (w, t) =>
        sql`insert into public.project_invitations (project_id, email, role, token_hash) values (${projectOf(w, t)}, ${`new-${randomUUID().slice(0, 8)}@invitee.test`}, 'editor', ${randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, '')}) returning id`,
      update: (w, t) => sql`update public.project_invitations set revoked_at = now() where id = ${contentOf(w, t).invitation} returning id`,
      delete: (w, t) => sql`delete from public.project_invitations where id = ${contentOf(w, t).invitation} returning id`,
    },
  },
  audit_log: {
    key: 'id::text',
    own: 'subject_id = $1',
    tenantRows: 'select * from public.audit_log where subject_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => String(t === 'A' ? w.auditA : w.auditB),
    op: {
      insert: (w, t) =>
        sql`insert into public.audit_log (actor_id, subject_id, action) values (${idOf(w, t)}, ${idOf(w, t)}, 'forged') returning id`,
      update: (w, t) => sql`update public.audit_log set action = 'tampered' where id = ${t === 'A' ? w.auditA : w.auditB} returning id`,
      delete: (w, t) => sql`delete from public.audit_log where id = ${t === 'A' ? w.auditA : w.auditB} returning id`,
    },
  },
  impersonation_sessions: {
    key: 'id::text',
    tenantRows: 'select * from public.impersonation_sessions where client_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => (t === 'A' ? w.sessionA : w.sessionB),
    op: {
      insert: (w, t) =>
        sql`insert into public.impersonation_sessions (client_id, reason) values (${idOf(w, t)}, 'support ticket') returning id`,
      update: (w, t) =>
        sql`update public.impersonation_sessions set ended_at = now() where id = ${t === 'A' ? w.sessionA : w.sessionB} returning id`,
      delete: (w, t) => sql`delete from public.impersonation_sessions where id = ${t === 'A' ? w.sessionA : w.sessionB} returning id`,
    },
  },
  email_outbox: {
    key: 'id::text',
    tenantRows: 'select * from public.email_outbox where user_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => (t === 'A' ? w.emailA : w.emailB),
    op: {
      insert: (w, t) =>
        sql`insert into public.email_outbox (to_address, user_id, template, subject, provider) values ('x@test.local', ${idOf(w, t)}, 'forged', 'Hi', 'outbox') returning id`,
      update: (w, t) => sql`update public.email_outbox set status = 'sent' where id = ${t === 'A' ? w.emailA : w.emailB} returning id`,
      delete: (w, t) => sql`delete from public.email_outbox where id = ${t === 'A' ? w.emailA : w.emailB} returning id`,
    },
  },
  generations: {
    key: 'id::text',
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.generations where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => contentOf(w, t).generation,
    op: {
      insert: (w, t) =>
        sql`insert into public.generations (project_id, kind, prompt) values (${projectOf(w, t)}, 'site', 'a bakery') returning id`,
      update: (w, t) => sql`update public.generations set status = 'failed' where id = ${contentOf(w, t).generation} returning id`,
      delete: (w, t) => sql`delete from public.generations where id = ${contentOf(w, t).generation} returning id`,
    },
  },
  site_versions: {
    key: 'id::text',
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.site_versions where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => contentOf(w, t).siteVersion,
    op: {
      insert: (w, t) =>
        sql`insert into public.site_versions (project_id, version, document, source) values (${projectOf(w, t)}, 2, '{"edited": true}'::jsonb, 'edit') returning id`,
      update: (w, t) =>
        sql`update public.site_versions set document = '{"defaced": true}'::jsonb where id = ${contentOf(w, t).siteVersion} returning id`,
      delete: (w, t) => sql`delete from public.site_versions where id = ${contentOf(w, t).siteVersion} returning id`,
    },
  },
  usage_events: {
    key: 'idempotency_key',
    own: 'user_id = $1',
    tenantRows: 'select * from public.usage_events where user_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).usageEvent,
    op: {
      insert: (w, t) =>
        sql`insert into public.usage_events (user_id, project_id, metric, quantity, idempotency_key) values (${idOf(w, t)}, ${projectOf(w, t)}, 'ai_token', 0, ${`forged:${randomUUID()}`}) returning id`,
      update: (w, t) => sql`update public.usage_events set quantity = 0 where idempotency_key = ${contentOf(w, t).usageEvent} returning id`,
      delete: (w, t) => sql`delete from public.usage_events where idempotency_key = ${contentOf(w, t).usageEvent} returning id`,
    },
  },
  named_site_versions: {
    key: 'id::text',
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.named_site_versions where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => contentOf(w, t).namedVersion,
    op: {
      insert: (w, t) =>
        sql`insert into public.named_site_versions (project_id, name, document, draft_version) values (${projectOf(w, t)}, 'v2', '{"named": true}'::jsonb, 1) returning id`,
      update: (w, t) => sql`update public.named_site_versions set name = 'Renamed' where id = ${contentOf(w, t).namedVersion} returning id`,
      delete: (w, t) => sql`delete from public.named_site_versions where id = ${contentOf(w, t).namedVersion} returning id`,
    },
  },
  preview_share_links: {
    key: 'id::text',
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.preview_share_links where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => contentOf(w, t).shareLink,
    op: {
      insert: (w, t) =>
        sql`insert into public.preview_share_links (project_id, token_hash) values (${projectOf(w, t)}, ${createHash('sha256').update(randomUUID()).digest('hex')}) returning id`,
      update: (w, t) => sql`update public.preview_share_links set revoked_at = now() where id = ${contentOf(w, t).shareLink} returning id`,
      delete: (w, t) => sql`delete from public.preview_share_links where id = ${contentOf(w, t).shareLink} returning id`,
    },
  },
  deployments: {
    key: 'id::text',
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.deployments where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => contentOf(w, t).deployment,
    op: {
      insert: (w, t) =>
        sql`insert into public.deployments (project_id, site_version_id, version) values (${projectOf(w, t)}, ${contentOf(w, t).siteVersion}, 1) returning id`,
      update: (w, t) => sql`update public.deployments set status = 'failed' where id = ${contentOf(w, t).deployment} returning id`,
      delete: (w, t) => sql`delete from public.deployments where id = ${contentOf(w, t).deployment} returning id`,
    },
  },
  leads: {
    key: 'id::text',
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.leads where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => contentOf(w, t).lead,
    op: {
      insert: (w, t) =>
        sql`insert into public.leads (project_id, name, message) values (${projectOf(w, t)}, 'Spam', 'Buy now') returning id`,
      update: (w, t) => sql`update public.leads set message = 'edited' where id = ${contentOf(w, t).lead} returning id`,
      delete: (w, t) => sql`delete from public.leads where id = ${contentOf(w, t).lead} returning id`,
    },
  },
  job_runs: {
    key: 'id::text',
    tenantRows: `select * from public.job_runs where event_data ->> 'deploymentId' = $1`,
    tenantValue: (w, t) => contentOf(w, t).deployment,
    fixtureKey: (w, t) => contentOf(w, t).jobRun,
    op: {
      insert: (w, t) =>
        sql`insert into public.job_runs (function_id, event_name, event_data) values ('publish-site', 'site/publish.requested', ${JSON.stringify({ deploymentId: contentOf(w, t).deployment })}::jsonb) returning id`,
      update: (w, t) => sql`update public.job_runs set status = 'failed' where id = ${contentOf(w, t).jobRun} returning id`,
      delete: (w, t) => sql`delete from public.job_runs where id = ${contentOf(w, t).jobRun} returning id`,
    },
  },
  job_events: {
    key: 'id::text',
    tenantRows: `select * from public.job_events where data ->> 'deploymentId' = $1`,
    tenantValue: (w, t) => contentOf(w, t).deployment,
    fixtureKey: (w, t) => contentOf(w, t).jobEvent,
    op: {
      insert: (w, t) =>
        sql`insert into public.job_events (name, data) values ('site/publish.requested', ${JSON.stringify({ deploymentId: contentOf(w, t).deployment })}::jsonb) returning id`,
      update: (w, t) => sql`update public.job_events set dispatched_at = null where id = ${contentOf(w, t).jobEvent} returning id`,
      delete: (w, t) => sql`delete from public.job_events where id = ${contentOf(w, t).jobEvent} returning id`,
    },
  },
  job_steps: {
    key: 'run_id::text',
    tenantRows: 'select * from public.job_steps where run_id = $1',
    tenantValue: (w, t) => contentOf(w, t).jobRun,
    fixtureKey: (w, t) => contentOf(w, t).jobRun,
    op: {
      insert: (w, t) =>
        sql`insert into public.job_steps (run_id, step_id, op, status) values (${contentOf(w, t).jobRun}, 'forged', 'run', 'completed') returning run_id`,
      update: (w, t) =>
        sql`update public.job_steps set output = '"forged"'::jsonb where run_id = ${contentOf(w, t).jobRun} returning run_id`,
      delete: (w, t) => sql`delete from public.job_steps where run_id = ${contentOf(w, t).jobRun} returning run_id`,
    },
  },
  job_schedules: {
    key: 'function_id',
    tenantRows: 'select * from public.job_schedules where function_id = $1',
    tenantValue: (w, t) => contentOf(w, t).fixtureName,
    fixtureKey: (w, t) => contentOf(w, t).fixtureName,
    op: {
      insert: (w, t) =>
        sql`insert into public.job_schedules (function_id, cron, next_at) values (${`${contentOf(w, t).fixtureName}-2`}, '* * * * *', now()) returning function_id`,
      update: (w, t) =>
        sql`update public.job_schedules set next_at = now() where function_id = ${contentOf(w, t).fixtureName} returning function_id`,
      delete: (w, t) => sql`delete from public.job_schedules where function_id = ${contentOf(w, t).fixtureName} returning function_id`,
    },
  },
  job_dedupe: {
    key: 'key',
    tenantRows: 'select * from public.job_dedupe where key = $1',
    tenantValue: (w, t) => contentOf(w, t).fixtureName,
    fixtureKey: (w, t) => contentOf(w, t).fixtureName,
    op: {
      insert: (w, t) =>
        sql`insert into public.job_dedupe (scope, key, expires_at) values ('event', ${`${contentOf(w, t).fixtureName}-2`}, now()) returning key`,
      update: (w, t) => sql`update public.job_dedupe set expires_at = now() where key = ${contentOf(w, t).fixtureName} returning key`,
      delete: (w, t) => sql`delete from public.job_dedupe where key = ${contentOf(w, t).fixtureName} returning key`,
    },
  },
  job_throttles: {
    key: 'function_id',
    tenantRows: 'select * from public.job_throttles where function_id = $1',
    tenantValue: (w, t) => contentOf(w, t).fixtureName,
    fixtureKey: (w, t) => contentOf(w, t).fixtureName,
    op: {
      insert: (w, t) =>
        sql`insert into public.job_throttles (function_id, key, tat) values (${contentOf(w, t).fixtureName}, 'x', now()) returning function_id`,
      update: (w, t) =>
        sql`update public.job_throttles set tat = now() where function_id = ${contentOf(w, t).fixtureName} returning function_id`,
      delete: (w, t) => sql`delete from public.job_throttles where function_id = ${contentOf(w, t).fixtureName} returning function_id`,
    },
  },
  metering_watermarks: {
    key: 'meter',
    tenantRows: 'select * from public.metering_watermarks where meter = $1',
    tenantValue: (w, t) => contentOf(w, t).fixtureName,
    fixtureKey: (w, t) => contentOf(w, t).fixtureName,
    op: {
      insert: (w, t) =>
        sql`insert into public.metering_watermarks (meter, recorded_until) values (${`${contentOf(w, t).fixtureName}-2`}, now()) returning meter`,
      update: (w, t) =>
        sql`update public.metering_watermarks set recorded_until = now() where meter = ${contentOf(w, t).fixtureName} returning meter`,
      delete: (w, t) => sql`delete from public.metering_watermarks where meter = ${contentOf(w, t).fixtureName} returning meter`,
    },
  },
  site_photo_blobs: {
    key: 'sha256',
    tenantRows: 'select * from public.site_photo_blobs where sha256 = $1',
    tenantValue: (w, t) => contentOf(w, t).photoBlob,
    fixtureKey: (w, t) => contentOf(w, t).photoBlob,
    op: {
      insert: (w, t) =>
        sql`insert into public.site_photo_blobs (sha256) values (${contentOf(w, t).photoBlob.replace(/^./, (c) => (c === '0' ? '1' : '0'))}) returning sha256`,
      update: (w, t) =>
        sql`update public.site_photo_blobs set last_used_at = now() where sha256 = ${contentOf(w, t).photoBlob} returning sha256`,
      delete: (w, t) => sql`delete from public.site_photo_blobs where sha256 = ${contentOf(w, t).photoBlob} returning sha256`,
    },
  },
  domains: {
    key: 'id::text',
    own: 'owner_id = $1',
    tenantRows: 'select * from public.domains where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).domain,
    op: {
      insert: (w, t) =>
        sql`insert into public.domains (project_id, owner_id, name, display_name, is_apex) values (${projectOf(w, t)}, ${idOf(w, t)}, ${`n-${randomUUID().slice(0, 8)}.example.com`}, 'new.example.com', true) returning id`,
      update: (w, t) => sql`update public.domains set is_primary = true where id = ${contentOf(w, t).domain} returning id`,
      delete: (w, t) => sql`delete from public.domains where id = ${contentOf(w, t).domain} returning id`,
    },
  },
  domain_events: {
    key: 'domain_id::text',
    own: 'owner_id = $1',
    tenantRows: 'select * from public.domain_events where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).domain,
    op: {
      insert: (w, t) =>
        sql`insert into public.domain_events (domain_id, owner_id, name, kind) values (${contentOf(w, t).domain}, ${idOf(w, t)}, 'x.example.com', 'added') returning domain_id`,
      update: (w, t) =>
        sql`update public.domain_events set kind = 'edited' where domain_id = ${contentOf(w, t).domain} returning domain_id`,
      delete: (w, t) => sql`delete from public.domain_events where domain_id = ${contentOf(w, t).domain} returning domain_id`,
    },
  },
  notification_events: {
    key: 'event_id',
    tenantRows: 'select * from public.notification_events where event_id = $1',
    tenantValue: (w, t) => contentOf(w, t).notificationEvent,
    fixtureKey: (w, t) => contentOf(w, t).notificationEvent,
    op: {
      insert: (w, t) =>
        sql`insert into public.notification_events (event_id, kind, payload) values (${`${contentOf(w, t).notificationEvent}-2`}, 'payment.failed', '{}'::jsonb) returning event_id`,
      update: (w, t) =>
        sql`update public.notification_events set delivered_at = now() where event_id = ${contentOf(w, t).notificationEvent} returning event_id`,
      delete: (w, t) =>
        sql`delete from public.notification_events where event_id = ${contentOf(w, t).notificationEvent} returning event_id`,
    },
  },
  notifications: {
    key: 'id::text',
    own: 'user_id = $1',
    tenantRows: 'select * from public.notifications where user_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).notification,
    op: {
      insert: (w, t) =>
        sql`insert into public.notifications (user_id, event_id, kind, link) values (${idOf(w, t)}, ${contentOf(w, t).notificationEvent}, 'lead.created', '/forged') returning id`,
      update: (w, t) => sql`update public.notifications set read_at = now() where id = ${contentOf(w, t).notification} returning id`,
      delete: (w, t) => sql`delete from public.notifications where id = ${contentOf(w, t).notification} returning id`,
    },
  },
  notification_preferences: {
    key: "user_id::text || ':' || kind || ':' || channel",
    own: 'user_id = $1',
    tenantRows: 'select * from public.notification_preferences where user_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => `${idOf(w, t)}:lead.created:email`,
    op: {
      insert: (w, t) =>
        sql`insert into public.notification_preferences (user_id, kind, channel, setting) values (${idOf(w, t)}, 'site.failed', 'push', 'off') returning user_id`,
      update: (w, t) =>
        sql`update public.notification_preferences set setting = 'off' where user_id = ${idOf(w, t)} and kind = 'lead.created' returning user_id`,
      delete: (w, t) =>
        sql`delete from public.notification_preferences where user_id = ${idOf(w, t)} and kind = 'lead.created' returning user_id`,
    },
  },
  notification_deliveries: {
    key: 'event_id',
    tenantRows: 'select * from public.notification_deliveries where event_id = $1',
    tenantValue: (w, t) => contentOf(w, t).notificationEvent,
    fixtureKey: (w, t) => contentOf(w, t).notificationEvent,
    op: {
      insert: (w, t) =>
        sql`insert into public.notification_deliveries (event_id, user_id, channel, status) values (${contentOf(w, t).notificationEvent}, ${idOf(w, t)}, 'push', 'sent') returning event_id`,
      update: (w, t) =>
        sql`update public.notification_deliveries set status = 'failed' where event_id = ${contentOf(w, t).notificationEvent} returning event_id`,
      delete: (w, t) =>
        sql`delete from public.notification_deliveries where event_id = ${contentOf(w, t).notificationEvent} returning event_id`,
    },
  },
  push_subscriptions: {
    key: 'id::text',
    own: 'user_id = $1',
    tenantRows: 'select * from public.push_subscriptions where user_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).pushSubscription,
    op: {
      insert: (w, t) =>
        sql`insert into public.push_subscriptions (user_id, endpoint, p256dh, auth) values (${idOf(w, t)}, ${`https://push.example/${randomUUID()}`}, 'BPforged', 'forged') returning id`,
      update: (w, t) =>
        sql`update public.push_subscriptions set auth = 'changed' where id = ${contentOf(w, t).pushSubscription} returning id`,
      delete: (w, t) => sql`delete from public.push_subscriptions where id = ${contentOf(w, t).pushSubscription} returning id`,
    },
  },
  webhook_endpoints: {
    key: 'id::text',
    own: 'owner_id = $1',
    tenantRows: 'select * from public.webhook_endpoints where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).webhookEndpoint,
    op: {
      insert: (w, t) =>
        sql`insert into public.webhook_endpoints (owner_id, url, event_types) values (${idOf(w, t)}, 'https://hooks.example/forged', '{lead.created}') returning id`,
      update: (w, t) =>
        sql`update public.webhook_endpoints set description = 'Changed' where id = ${contentOf(w, t).webhookEndpoint} returning id`,
      delete: (w, t) => sql`delete from public.webhook_endpoints where id = ${contentOf(w, t).webhookEndpoint} returning id`,
    },
  },
  storage_folders: {
    key: 'id::text',
    own: 'owner_id = $1',
    tenantRows: 'select * from public.storage_folders where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).storageFolder,
    op: {
      insert: (w, t) => sql`insert into public.storage_folders (owner_id, name) values (${idOf(w, t)}, 'Logos') returning id`,
      update: (w, t) => sql`update public.storage_folders set name = 'Renamed' where id = ${contentOf(w, t).storageFolder} returning id`,
      delete: (w, t) => sql`delete from public.storage_folders where id = ${contentOf(w, t).storageFolder} returning id`,
    },
  },
  storage_uploads: {
    key: 'id::text',
    own: 'owner_id = $1',
    tenantRows: 'select * from public.storage_uploads where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).storageUpload,
    op: {
      insert: (w, t) =>
        sql`insert into public.storage_uploads (owner_id, name, size_bytes, blob_key, expires_at) values (${idOf(w, t)}, 'photo.jpg', 1048576, 'files/forged', now()) returning id`,
      update: (w, t) => sql`update public.storage_uploads set size_bytes = 1 where id = ${contentOf(w, t).storageUpload} returning id`,
      delete: (w, t) => sql`delete from public.storage_uploads where id = ${contentOf(w, t).storageUpload} returning id`,
    },
  },
  storage_items: {
    key: 'id::text',
    own: 'owner_id = $1',
    tenantRows: 'select * from public.storage_items where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).storageItem,
    op: {
      insert: (w, t) =>
        sql`insert into public.storage_items (owner_id, name, content_type, size_bytes, blob_key) values (${idOf(w, t)}, 'forged.jpg', 'image/jpeg', 1, ${`files/${randomUUID()}`}) returning id`,
      update: (w, t) => sql`update public.storage_items set name = 'Renamed.jpg' where id = ${contentOf(w, t).storageItem} returning id`,
      delete: (w, t) => sql`delete from public.storage_items where id = ${contentOf(w, t).storageItem} returning id`,
    },
  },
  billing_events: {
    key: 'id',
    tenantRows: 'select * from public.billing_events where id = $1',
    tenantValue: (w, t) => `evt_${contentOf(w, t).fixtureName}`,
    fixtureKey: (w, t) => `evt_${contentOf(w, t).fixtureName}`,
    op: {
      insert: (w, t) =>
        sql`insert into public.billing_events (id, type, stripe_created, user_id, outcome) values (${`evt_${contentOf(w, t).fixtureName}-2`}, 'invoice.paid', now(), ${idOf(w, t)}, 'applied') returning id`,
      update: (w, t) =>
        sql`update public.billing_events set outcome = 'forged' where id = ${`evt_${contentOf(w, t).fixtureName}`} returning id`,
      delete: (w, t) => sql`delete from public.billing_events where id = ${`evt_${contentOf(w, t).fixtureName}`} returning id`,
    },
  },
  meter_pushes: {
    key: 'identifier',
    own: 'user_id = $1',
    tenantRows: 'select * from public.meter_pushes where user_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => `mp:${contentOf(w, t).fixtureName}`,
    op: {
      insert: (w, t) =>
        sql`insert into public.meter_pushes (user_id, stripe_customer_id, meter, minute, seq, identifier, value) values (${idOf(w, t)}, 'cus_forged', 'ai_token', now(), 1, ${`mp:${randomUUID()}`}, 1) returning id`,
      update: (w, t) =>
        sql`update public.meter_pushes set value = 0 where identifier = ${`mp:${contentOf(w, t).fixtureName}`} returning id`,
      delete: (w, t) => sql`delete from public.meter_pushes where identifier = ${`mp:${contentOf(w, t).fixtureName}`} returning id`,
    },
  },
  usage_threshold_crossings: {
    key: "user_id::text || '/' || meter || '/' || percent",
    own: 'user_id = $1',
    tenantRows: 'select * from public.usage_threshold_crossings where user_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => `${idOf(w, t)}/ai_token/80`,
    op: {
      insert: (w, t) =>
        sql`insert into public.usage_threshold_crossings (user_id, meter, period_start, percent, used, included) values (${idOf(w, t)}, 'ai_token', date_trunc('month', now())::date, 90, 1, 1) returning user_id`,
      update: (w, t) =>
        sql`update public.usage_threshold_crossings set percent = 90 where user_id = ${idOf(w, t)} and percent = 80 returning user_id`,
      delete: (w, t) => sql`delete from public.usage_threshold_crossings where user_id = ${idOf(w, t)} returning user_id`,
    },
  },
  billing_nfse: {
    key: 'stripe_invoice_id',
    own: 'user_id = $1',
    tenantRows: 'select * from public.billing_nfse where user_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => `in_${contentOf(w, t).fixtureName}`,
    op: {
      insert: (w, t) =>
        sql`insert into public.billing_nfse (stripe_invoice_id, user_id, amount_cents, currency, paid_at) values (${`in_${randomUUID()}`}, ${idOf(w, t)}, 1, 'brl', now()) returning stripe_invoice_id`,
      update: (w, t) =>
        sql`update public.billing_nfse set status = 'issued', number = '1' where stripe_invoice_id = ${`in_${contentOf(w, t).fixtureName}`} returning stripe_invoice_id`,
      delete: (w, t) =>
        sql`delete from public.billing_nfse where stripe_invoice_id = ${`in_${contentOf(w, t).fixtureName}`} returning stripe_invoice_id`,
    },
  },
  billing_customers: {
    key: 'user_id::text',
    own: 'user_id = $1',
    tenantRows: 'select * from public.billing_customers where user_id = $1',
    tenantValue: idOf,
    fixtureKey: idOf,
    op: {
      insert: (w, t) =>
        sql`insert into public.billing_customers (user_id, stripe_customer_id) values (${idOf(w, t)}, ${`cus_${randomUUID()}`}) returning user_id`,
      update: (w, t) =>
        sql`update public.billing_customers set payment_method_summary = 'card' where user_id = ${idOf(w, t)} returning user_id`,
      delete: (w, t) => sql`delete from public.billing_customers where user_id = ${idOf(w, t)} returning user_id`,
    },
  },
  billing_subscriptions: {
    key: 'user_id::text',
    own: 'user_id = $1',
    tenantRows: 'select * from public.billing_subscriptions where user_id = $1',
    tenantValue: idOf,
    fixtureKey: idOf,
    op: {
      insert: (w, t) =>
        sql`insert into public.billing_subscriptions (user_id, status, tier) values (${idOf(w, t)}, 'active', 'enterprise') returning user_id`,
      update: (w, t) =>
        sql`update public.billing_subscriptions set status = 'active', tier = 'enterprise' where user_id = ${idOf(w, t)} returning user_id`,
      delete: (w, t) => sql`delete from public.billing_subscriptions where user_id = ${idOf(w, t)} returning user_id`,
    },
  },
  analyzer_analyses: {
    key: 'id::text',
    tenantRows: 'select * from public.analyzer_analyses where id = $1',
    tenantValue: (w, t) => contentOf(w, t).analysis,
    fixtureKey: (w, t) => contentOf(w, t).analysis,
    op: {
      insert: (w, t) =>
        sql`insert into public.analyzer_analyses (url, host) values (${`https://b-${contentOf(w, t).analysis}.example/`}, 'x.example') returning id`,
      update: (w, t) => sql`update public.analyzer_analyses set status = 'done' where id = ${contentOf(w, t).analysis} returning id`,
      delete: (w, t) => sql`delete from public.analyzer_analyses where id = ${contentOf(w, t).analysis} returning id`,
    },
  },
  analyzer_leads: {
    key: 'id::text',
    tenantRows: 'select * from public.analyzer_leads where id = $1',
    tenantValue: (w, t) => contentOf(w, t).analyzerLead,
    fixtureKey: (w, t) => contentOf(w, t).analyzerLead,
    op: {
      insert: (w, t) =>
        sql`insert into public.analyzer_leads (analysis_id, email, intent, consent_version) values (${contentOf(w, t).analysis}, ${`x-${contentOf(w, t).analyzerLead}@example.com`}, 'report', 'x') returning id`,
      update: (w, t) =>
        sql`update public.analyzer_leads set nurture_state = 'unsubscribed' where id = ${contentOf(w, t).analyzerLead} returning id`,
      delete: (w, t) => sql`delete from public.analyzer_leads where id = ${contentOf(w, t).analyzerLead} returning id`,
    },
  },
  site_traffic_days: {
    key: "project_id::text || '/' || day::text",
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.site_traffic_days where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => `${projectOf(w, t)}/${TRAFFIC_DAY}`,
    op: {
      insert: (w, t) =>
        sql`insert into public.site_traffic_days (project_id, day, requests) values (${projectOf(w, t)}, '2026-02-02', 1) returning project_id`,
      update: (w, t) => sql`update public.site_traffic_days set requests = 0 where project_id = ${projectOf(w, t)} returning project_id`,
      delete: (w, t) => sql`delete from public.site_traffic_days where project_id = ${projectOf(w, t)} returning project_id`,
    },
  },
  site_traffic_pages: {
    key: "project_id::text || '/' || day::text || '/' || path",
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.site_traffic_pages where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => `${projectOf(w, t)}/${TRAFFIC_DAY}//`,
    op: {
      insert: (w, t) =>
        sql`insert into public.site_traffic_pages (project_id, day, path, requests) values (${projectOf(w, t)}, '2026-02-02', '/x/', 1) returning project_id`,
      update: (w, t) => sql`update public.site_traffic_pages set requests = 0 where project_id = ${projectOf(w, t)} returning project_id`,
      delete: (w, t) => sql`delete from public.site_traffic_pages where project_id = ${projectOf(w, t)} returning project_id`,
    },
  },
  site_traffic_countries: {
    key: "project_id::text || '/' || day::text || '/' || country",
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.site_traffic_countries where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => `${projectOf(w, t)}/${TRAFFIC_DAY}/BR`,
    op: {
      insert: (w, t) =>
        sql`insert into public.site_traffic_countries (project_id, day, country, requests) values (${projectOf(w, t)}, '2026-02-02', 'PT', 1) returning project_id`,
      update: (w, t) =>
        sql`update public.site_traffic_countries set requests = 0 where project_id = ${projectOf(w, t)} returning project_id`,
      delete: (w, t) => sql`delete from public.site_traffic_countries where project_id = ${projectOf(w, t)} returning project_id`,
    },
  },
  site_traffic_batches: {
    key: 'key',
    tenantRows: 'select * from public.site_traffic_batches where key = $1',
    tenantValue: (w, t) => contentOf(w, t).trafficBatch,
    fixtureKey: (w, t) => contentOf(w, t).trafficBatch,
    op: {
      insert: () => sql`insert into public.site_traffic_batches (key) values (${`traffic:forged:${randomUUID()}`}) returning key`,
      update: (w, t) =>
        sql`update public.site_traffic_batches set created_at = now() where key = ${contentOf(w, t).trafficBatch} returning key`,
      delete: (w, t) => sql`delete from public.site_traffic_batches where key = ${contentOf(w, t).trafficBatch} returning key`,
    },
  },
  uptime_monitors: {
    key: "project_id::text || '/' || host",
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.uptime_monitors where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => `${projectOf(w, t)}/${UPTIME_HOST}`,
    op: {
      insert: (w, t) =>
        sql`insert into public.uptime_monitors (project_id, host) values (${projectOf(w, t)}, 'forged.test') returning project_id`,
      update: (w, t) =>
        sql`update public.uptime_monitors set open_incident_id = null where project_id = ${projectOf(w, t)} returning project_id`,
      delete: (w, t) => sql`delete from public.uptime_monitors where project_id = ${projectOf(w, t)} returning project_id`,
    },
  },
  uptime_checks: {
    key: "project_id::text || '/' || host",
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.uptime_checks where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => `${projectOf(w, t)}/${UPTIME_HOST}`,
    op: {
      insert: (w, t) =>
        sql`insert into public.uptime_checks (project_id, host, checked_at, is_up) values (${projectOf(w, t)}, 'forged.test', now(), true) returning id`,
      update: (w, t) => sql`update public.uptime_checks set is_up = true, cause = null where project_id = ${projectOf(w, t)} returning id`,
      delete: (w, t) => sql`delete from public.uptime_checks where project_id = ${projectOf(w, t)} returning id`,
    },
  },
  uptime_daily: {
    key: "project_id::text || '/' || day::text",
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.uptime_daily where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => `${projectOf(w, t)}/${TRAFFIC_DAY}`,
    op: {
      insert: (w, t) =>
        sql`insert into public.uptime_daily (project_id, host, day, checks) values (${projectOf(w, t)}, 'forged.test', '2026-02-02', 1) returning project_id`,
      update: (w, t) => sql`update public.uptime_daily set failures = 0 where project_id = ${projectOf(w, t)} returning project_id`,
      delete: (w, t) => sql`delete from public.uptime_daily where project_id = ${projectOf(w, t)} returning project_id`,
    },
  },
  uptime_incidents: {
    key: 'id::text',
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.uptime_incidents where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => contentOf(w, t).uptimeIncident,
    op: {
      insert: (w, t) =>
        sql`insert into public.uptime_incidents (project_id, host, opened_at, confirmed_at, cause) values (${projectOf(w, t)}, 'forged.test', now(), now(), 'other') returning id`,
      update: (w, t) =>
        sql`update public.uptime_incidents set resolved_at = now(), resolution = 'recovered' where id = ${contentOf(w, t).uptimeIncident} returning id`,
      delete: (w, t) => sql`delete from public.uptime_incidents where id = ${contentOf(w, t).uptimeIncident} returning id`,
    },
  },
  performance_metrics: {
    key: 'id::text',
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.performance_metrics where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => contentOf(w, t).performanceRun,
    op: {
      insert: (w, t) =>
        sql`insert into public.performance_metrics (project_id, path, url, performance_score, grade) values (${projectOf(w, t)}, '/', 'https://forged.test/', 100, 'A+') returning id`,
      update: (w, t) =>
        sql`update public.performance_metrics set performance_score = 100, grade = 'A+' where id = ${contentOf(w, t).performanceRun} returning id`,
      delete: (w, t) => sql`delete from public.performance_metrics where id = ${contentOf(w, t).performanceRun} returning id`,
    },
  },
  performance_pinned_pages: {
    key: 'id::text',
    own: OWN_PROJECT_ROWS,
    tenantRows: 'select * from public.performance_pinned_pages where project_id = $1',
    tenantValue: projectOf,
    fixtureKey: (w, t) => contentOf(w, t).pinnedPage,
    op: {
      insert: (w, t) =>
        sql`insert into public.performance_pinned_pages (project_id, path) values (${projectOf(w, t)}, '/another') returning id`,
      update: (w, t) =>
        sql`update public.performance_pinned_pages set path = '/moved' where id = ${contentOf(w, t).pinnedPage} returning id`,
      delete: (w, t) => sql`delete from public.performance_pinned_pages where id = ${contentOf(w, t).pinnedPage} returning id`,
    },
  },
  monthly_reports: {
    key: 'id::text',
    own: 'owner_id = $1',
    tenantRows: 'select * from public.monthly_reports where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).monthlyReport,
    op: {
      insert: (w, t) =>
        sql`insert into public.monthly_reports (owner_id, month, locale, blob_key, size_bytes) values (${idOf(w, t)}, '2026-02-01', 'en', 'reports/x/2026-02-01/y.pdf', 1) returning id`,
      update: (w, t) => sql`update public.monthly_reports set locale = 'pt-BR' where id = ${contentOf(w, t).monthlyReport} returning id`,
      delete: (w, t) => sql`delete from public.monthly_reports where id = ${contentOf(w, t).monthlyReport} returning id`,
    },
  },
  legal_texts: {
    key: "page || ':' || locale",
    tenantRows: 'select * from public.legal_texts where page = $1',
    tenantValue: (_w, t) => (t === 'A' ? 'terms' : 'privacy'),
    fixtureKey: (_w, t) => (t === 'A' ? 'terms:en' : 'privacy:en'),
    op: {
      insert: (_w, t) =>
        sql`insert into public.legal_texts (page, locale, body) values (${t === 'A' ? 'terms' : 'privacy'}, 'pt-PT', 'Texto') returning id`,
      update: (_w, t) => sql`update public.legal_texts set body = 'Changed' where page = ${t === 'A' ? 'terms' : 'privacy'} returning id`,
      delete: (_w, t) => sql`delete from public.legal_texts where page = ${t === 'A' ? 'terms' : 'privacy'} returning id`,
    },
  },
  api_keys: {
    key: 'id::text',
    own: 'owner_id = $1',
    tenantRows: 'select * from public.api_keys where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).apiKey,
    op: {
      insert: (w, t) =>
        sql`insert into public.api_keys (owner_id, name, prefix, secret_hash, scopes) values (${idOf(w, t)}, 'New', 'pm_live_newkey00', ${randomUUID().replaceAll('-', '').repeat(2)}, array['read']) returning id`,
      update: (w, t) => sql`update public.api_keys set revoked_at = now() where id = ${contentOf(w, t).apiKey} returning id`,
      delete: (w, t) => sql`delete from public.api_keys where id = ${contentOf(w, t).apiKey} returning id`,
    },
  },
  api_idempotency_keys: {
    key: 'id::text',
    own: 'owner_id = $1',
    tenantRows: 'select * from public.api_idempotency_keys where owner_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).idempotencyKey,
    op: {
      insert: (w, t) =>
        sql`insert into public.api_idempotency_keys (owner_id, api_key_id, idempotency_key, request_hash) values (${idOf(w, t)}, ${contentOf(w, t).apiKey}, ${randomUUID()}, ${'0'.repeat(64)}) returning id`,
      update: (w, t) =>
        sql`update public.api_idempotency_keys set response_body = '{"id":"forged"}' where id = ${contentOf(w, t).idempotencyKey} returning id`,
      delete: (w, t) => sql`delete from public.api_idempotency_keys where id = ${contentOf(w, t).idempotencyKey} returning id`,
    },
  },
  ai_calls: {
    key: 'id::text',
    tenantRows: 'select * from public.ai_calls where account_id = $1',
    tenantValue: idOf,
    fixtureKey: (w, t) => contentOf(w, t).aiCall,
    op: {
      insert: (w, t) =>
        sql`insert into public.ai_calls (project_id, trace_id, provider, model, template_name, template_version, usage_source, latency_ms, fallback_step, attempt, outcome) values (${projectOf(w, t)}, 'forged', 'openai', 'gpt-4.1-mini', 'site-plan', 1, 'none', 1, 0, 1, 'ok') returning id`,
      update: (w, t) =>
        sql`update public.ai_calls set input_tokens = 0, output_tokens = 0 where id = ${contentOf(w, t).aiCall} returning id`,
      delete: (w, t) => sql`delete from public.ai_calls where id = ${contentOf(w, t).aiCall} returning id`,
    },
  },
};

/** Tables whose writes audit_privileged_write records (for the operations it is attached to). */
const AUDITED: Partial<Record<Table, true>> = {
  performance_pinned_pages: true,
  monthly_reports: true,
  user_profiles: true,
  projects: true,
  project_members: true,
  project_invitations: true,
  generations: true,
  site_versions: true,
  named_site_versions: true,
  preview_share_links: true,
  deployments: true,
  leads: true,
  support_tickets: true,
  support_ticket_messages: true,
  legal_texts: true,
  api_keys: true,
};

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

async function visibleKeys(actor: Actor, w: World, spec: Spec, table: Table): Promise<string[]> {
  return withRls(
    claimsOf(w, actor),
    async (tx) => rowsOf<{ k: string }>(await tx.execute(sql.raw(`select ${spec.key} as k from public.${table}`))).map((r) => r.k),
    handle.db,
  );
}

async function privilegedKeys(spec: Spec, table: Table, where = 'true', params: unknown[] = []): Promise<string[]> {
  const rows = await handle.executor.query<{ k: string }>(`select ${spec.key} as k from public.${table} where ${where}`, params);
  return rows.map((r) => r.k);
}

function describeOutcome(o: Outcome): string {
  return o.kind === 'ok' ? `ok (${o.count} rows)` : `${o.code}: ${String((o.error as Error)?.message ?? o.error)}`;
}

function assertWriteOutcome(o: Outcome, expected: Write): void {
  const got = describeOutcome(o);
  if (expected === 'ok') expect(o, got).toMatchObject({ kind: 'ok', count: 1 });
  if (expected === '0') expect(o, got).toMatchObject({ kind: 'ok', count: 0 });
  if (expected === 'denied') expect(o, got).toMatchObject({ kind: 'error', code: 'FORBIDDEN' });
  if (expected === 'limit') expect(o, got).toMatchObject({ kind: 'error', code: 'TIER_LIMIT' });
}

describe('RLS matrix coverage', () => {
  // A migration that adds a table to public fails this until the table gets
  // its rows in MATRIX and SPECS: there is deliberately no "todo" escape hatch.
  it('covers every table in public', async () => {
    const inPublic = await handle.executor.query<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
    );
    const uncovered = inPublic.map((r) => r.relname).filter((t) => !(t in SPECS));
    expect(uncovered, 'tables in public without rows in MATRIX and SPECS').toEqual([]);
    for (const table of Object.keys(SPECS)) expect(inPublic.map((r) => r.relname)).toContain(table);
  });
});

describe('RLS matrix', () => {
  for (const table of Object.keys(MATRIX) as Table[]) {
    const spec = SPECS[table];
    describe(table, () => {
      for (const actor of ACTORS) {
        const cells = MATRIX[table][actor];

        it(`${actor} select → ${cells.select}`, async () => {
          const w = await createWorld(handle);
          if (cells.select === 'denied') {
            await expectAppError(visibleKeys(actor, w, spec, table), 'FORBIDDEN');
            return;
          }
          const seen = (await visibleKeys(actor, w, spec, table)).sort();
          if (cells.select === 'all') {
            expect(seen).toEqual((await privilegedKeys(spec, table)).sort());
            expect(seen).toEqual(expect.arrayContaining([spec.fixtureKey(w, 'A'), spec.fixtureKey(w, 'B')]));
          } else if (cells.select === 'none') {
            expect(seen).toEqual([]);
          } else {
            const subject = subjectOf(w, actor)!;
            const own = (await privilegedKeys(spec, table, spec.own!, [subject])).sort();
            expect(own.length).toBeGreaterThan(0);
            expect(seen).toEqual(own);
            // Cross-tenant: the other tenant's rows are invisible.
            const other: Target = subject === w.a.id ? 'B' : 'A';
            expect(seen).not.toContain(spec.fixtureKey(w, other));
            expect(seen).toContain(spec.fixtureKey(w, other === 'A' ? 'B' : 'A'));
          }
        });

        for (const op of ['insert', 'update', 'delete'] as const) {
          const [onA, onB] = cells[op].split('|') as [Write, Write];
          for (const [target, expected] of [
            ['A', onA],
            ['B', onB],
          ] as const) {
            it(`${actor} ${op} on ${target}'s row → ${expected}`, async () => {
              // Projects: A starts with no project so an insert is not a tier-limit case.
              const w = await createWorld(handle, { projectForA: !(table === 'projects' && op === 'insert') });
              const tenantParams = [spec.tenantValue(w, target)];
              const before = await snapshot(handle, spec.tenantRows, tenantParams);
              const auditBefore = await maxAuditId(handle);

              const outcome = await outcomeOf(() =>
                withRls(claimsOf(w, actor), async (tx) => rowsOf(await tx.execute(spec.op[op](w, target))).length, handle.db),
              );
              assertWriteOutcome(outcome, expected);

              const after = await snapshot(handle, spec.tenantRows, tenantParams);
              const audit = await auditSince(handle, auditBefore);
              if (expected !== 'ok') {
                // Denied or filtered: the target is unchanged and nothing was audited.
                expect(after).toEqual(before);
                expect(audit).toEqual([]);
                return;
              }
              expect(after).not.toEqual(before);
              if (op === 'insert') expect(after).toHaveLength(before.length + 1);
              if (op === 'update') expect(after).toHaveLength(before.length);
              if (op === 'delete') expect(after).toHaveLength(before.length - 1);

              if (actor === 'impersonatorA') {
                // Every write while impersonating is audited as (actor = admin, subject = A).
                expect(audit.length).toBeGreaterThan(0);
                for (const entry of audit) expect(entry).toMatchObject({ actor_id: w.admin.id, subject_id: w.a.id });
                expect(audit.map((e) => e.action)).toContain(`${table}.${op}`);
                expect(audit.every((e) => e.details.impersonating === true)).toBe(true);
              } else if (actor === 'admin' && AUDITED[table]) {
                // An admin writing someone else's data is audited too.
                expect(audit).toEqual(
                  expect.arrayContaining([expect.objectContaining({ actor_id: w.admin.id, action: `${table}.${op}` })]),
                );
              } else if (actor === 'admin' && table === 'impersonation_sessions') {
                expect(audit).toEqual([
                  expect.objectContaining({
                    actor_id: w.admin.id,
                    subject_id: idOf(w, target),
                    action: op === 'insert' ? 'impersonation.start' : 'impersonation.stop',
                  }),
                ]);
              }
            });
          }
        }
      }
    });
  }
});

/**
 * user_profiles' privileged columns, each written on A's row by A, by an
 * admin impersonating A, and by an admin. `ok` = the write succeeds;
 * `denied` = AppError FORBIDDEN and A's row unchanged.
 */
const PROFILE_COLUMNS: Record<
  string,
  { value: unknown; clientA: 'ok' | 'denied'; impersonatorA: 'ok' | 'denied'; admin: 'ok' | 'denied' }
> = {
  display_name: { value: 'New name', clientA: 'ok', impersonatorA: 'ok', admin: 'ok' },
  locale: { value: 'pt-BR', clientA: 'ok', impersonatorA: 'ok', admin: 'ok' },
  tier: { value: 'enterprise', clientA: 'denied', impersonatorA: 'denied', admin: 'ok' },
  account_status: { value: 'suspended', clientA: 'denied', impersonatorA: 'denied', admin: 'ok' },
  user_type: { value: 'admin', clientA: 'denied', impersonatorA: 'denied', admin: 'denied' },
  email: { value: 'hijack@test.local', clientA: 'denied', impersonatorA: 'denied', admin: 'denied' },
};

describe('user_profiles privileged columns (on A’s row)', () => {
  for (const [column, spec] of Object.entries(PROFILE_COLUMNS)) {
    for (const actor of ['clientA', 'impersonatorA', 'admin'] as const) {
      const expected = spec[actor];
      it(`${actor} sets ${column} → ${expected}`, async () => {
        const a = await createTestUser(handle, { tier: 'basic' });
        const admin = await createTestUser(handle, { userType: 'admin' });
        const claims = actor === 'clientA' ? a.claims : actor === 'admin' ? admin.claims : claimsFor(a.id, a.email, { sub: admin.id });
        const before = await snapshot(handle, 'select * from public.user_profiles where id = $1', [a.id]);
        const auditBefore = await maxAuditId(handle);

        const outcome = await outcomeOf(() =>
          withRls(
            claims,
            async (tx) =>
              rowsOf(
                await tx.execute(
                  sql`update public.user_profiles set ${sql.identifier(column)} = ${spec.value} where id = ${a.id} returning id`,
                ),
              ).length,
            handle.db,
          ),
        );
        const [current] = await handle.executor.query<Record<string, unknown>>(
          `select ${column}::text as v from public.user_profiles where id = $1`,
          [a.id],
        );
        if (expected === 'denied') {
          expect(outcome, describeOutcome(outcome)).toMatchObject({ kind: 'error', code: 'FORBIDDEN' });
          expect(await snapshot(handle, 'select * from public.user_profiles where id = $1', [a.id])).toEqual(before);
          expect(await auditSince(handle, auditBefore)).toEqual([]);
          return;
        }
        expect(outcome, describeOutcome(outcome)).toMatchObject({ kind: 'ok', count: 1 });
        expect(current!.v).toBe(String(spec.value));
        if (actor !== 'clientA') {
          const audit = await auditSince(handle, auditBefore);
          expect(audit).toEqual([
            expect.objectContaining({ actor_id: admin.id, subject_id: a.id, action: 'user_profiles.update', target_id: a.id }),
          ]);
          expect(audit[0]!.details).toMatchObject({ changes: { [column]: { to: spec.value } } });
        }
      });
    }
  }

  it('the privileged connection (Stripe webhooks, metering jobs) can still set system columns', async () => {
    const a = await createTestUser(handle);
    await handle.executor.query(`insert into public.billing_customers (user_id, stripe_customer_id) values ($1, $2)`, [
      a.id,
      `cus_${randomUUID()}`,
    ]);
    await handle.executor.query(`insert into public.billing_subscriptions (user_id, tier, status) values ($1, 'pro', 'active')`, [a.id]);
    const [profile] = await handle.executor.query<{ tier: string; subscription_status: string }>(
      `select p.tier, s.status as subscription_status
         from public.user_profiles p join public.billing_subscriptions s on s.user_id = p.id where p.id = $1`,
      [a.id],
    );
    expect(profile).toEqual({ tier: 'pro', subscription_status: 'active' });
  });

  it('a suspended admin is not an admin: cannot read other profiles or change tiers', async () => {
    const a = await createTestUser(handle);
    const admin = await createTestUser(handle, { userType: 'admin' });
    await handle.executor.query(`update public.user_profiles set account_status = 'suspended' where id = $1`, [admin.id]);
    const seen = await withRls(
      admin.claims,
      async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select id::text from public.user_profiles`)),
      handle.db,
    );
    expect(seen.map((r) => r.id)).toEqual([admin.id]);
    const updated = await withRls(
      admin.claims,
      async (tx) => rowsOf(await tx.execute(sql`update public.user_profiles set tier = 'pro' where id = ${a.id} returning id`)),
      handle.db,
    );
    expect(updated).toHaveLength(0);
  });
});

describe('a project member (D, editor of B’s project)', () => {
  it('reads the project and their own membership only, and changes nothing', async () => {
    const w = await createWorld(handle);
    const claims = w.d.claims;
    const view = await withRls(
      claims,
      async (tx) => ({
        projects: rowsOf<{ id: string }>(await tx.execute(sql`select id::text from public.projects`)).map((r) => r.id),
        members: rowsOf<{ user_id: string }>(await tx.execute(sql`select user_id::text from public.project_members`)).map((r) => r.user_id),
        profiles: rowsOf<{ id: string }>(await tx.execute(sql`select id::text from public.user_profiles`)).map((r) => r.id),
      }),
      handle.db,
    );
    expect(view).toEqual({ projects: [w.projectB], members: [w.d.id], profiles: [w.d.id] });

    const before = await snapshot(handle, 'select * from public.projects where id = $1', [w.projectB]);
    const membersBefore = await snapshot(handle, 'select * from public.project_members where project_id = $1', [w.projectB]);
    const writes = [
      sql`update public.projects set name = 'Editor rename' where id = ${w.projectB} returning id`,
      sql`delete from public.projects where id = ${w.projectB} returning id`,
      sql`update public.project_members set role = 'viewer' where project_id = ${w.projectB} returning user_id`,
      sql`delete from public.project_members where project_id = ${w.projectB} and user_id <> ${w.d.id} returning user_id`,
    ];
    for (const statement of writes) {
      expect(await withRls(claims, async (tx) => rowsOf(await tx.execute(statement)).length, handle.db)).toBe(0);
    }
    await expectAppError(
      withRls(
        claims,
        (tx) => tx.execute(sql`insert into public.project_members (project_id, user_id) values (${w.projectB}, ${w.e.id})`),
        handle.db,
      ),
      'FORBIDDEN',
    );
    expect(await snapshot(handle, 'select * from public.projects where id = $1', [w.projectB])).toEqual(before);
    expect(await snapshot(handle, 'select * from public.project_members where project_id = $1', [w.projectB])).toEqual(membersBefore);
    // Leaving is theirs to do.
    const left = await withRls(
      claims,
      async (tx) =>
        rowsOf(
          await tx.execute(
            sql`delete from public.project_members where project_id = ${w.projectB} and user_id = ${w.d.id} returning user_id`,
          ),
        ).length,
      handle.db,
    );
    expect(left).toBe(1);
  });
});

const SHARED_BY_ALL: ReadonlySet<Table> = new Set<Table>(['tier_limits', 'support_settings', 'legal_texts']);

describe('impersonation sees exactly what the client sees', () => {
  it('on every table in public, before any write', async () => {
    const w = await createWorld(handle);
    const tables = Object.keys(SPECS) as Table[];
    for (const table of tables) {
      if (MATRIX[table].clientA.select === 'denied') continue; // no API role reads it at all (asserted by the matrix)
      const asClient = await visibleKeys('clientA', w, SPECS[table], table);
      const asImpersonator = await visibleKeys('impersonatorA', w, SPECS[table], table);
      const asAdmin = await visibleKeys('admin', w, SPECS[table], table);
      expect(asImpersonator.sort(), table).toEqual(asClient.sort());
      // Where admins read every row, they see more than one client. Tables that keep a person's own
      // choices private even from the agency (notification preferences, push devices) say 'none' for admins.
      // Tables of one shared row set (plan limits, the agency's support settings) look the same to all.
      if (!SHARED_BY_ALL.has(table) && MATRIX[table].admin.select === 'all') expect(asAdmin.length, table).toBeGreaterThan(asClient.length);
    }
  });

  it('audits every write during impersonation (profiles, projects and members) as actor = admin, subject = client', async () => {
    // A basic-tier client, so member writes are within the team limit.
    const client = await createTestUser(handle, { tier: 'basic' });
    const admin = await createTestUser(handle, { userType: 'admin' });
    const helper = await createTestUser(handle);
    const imp = claimsFor(client.id, client.email, { sub: admin.id });
    const auditBefore = await maxAuditId(handle);

    const projectId = await withRls(
      imp,
      async (tx) => {
        const [p] = rowsOf<{ id: string }>(
          await tx.execute(sql`insert into public.projects (name, slug) values ('Imp site', ${uniqueSlug()}) returning id::text`),
        );
        return p!.id;
      },
      handle.db,
    );
    await withRls(imp, (tx) => tx.execute(sql`update public.projects set name = 'Imp site 2' where id = ${projectId}`), handle.db);
    // Members join by invitation: the impersonator invites, the helper (themselves) accepts.
    const tokenHash = randomUUID().replace(/-/g, '').repeat(2);
    await withRls(
      imp,
      (tx) =>
        tx.execute(
          sql`insert into public.project_invitations (project_id, email, token_hash) values (${projectId}, ${helper.email}, ${tokenHash})`,
        ),
      handle.db,
    );
    await withRls(helper.claims, (tx) => tx.execute(sql`select private.accept_project_invitation(${tokenHash})`), handle.db);
    await withRls(
      imp,
      (tx) => tx.execute(sql`update public.project_members set role = 'viewer' where project_id = ${projectId} and user_id = ${helper.id}`),
      handle.db,
    );
    await withRls(
      imp,
      (tx) => tx.execute(sql`delete from public.project_members where project_id = ${projectId} and user_id = ${helper.id}`),
      handle.db,
    );
    await withRls(imp, (tx) => tx.execute(sql`update public.user_profiles set locale = 'pt-BR' where id = ${client.id}`), handle.db);
    await withRls(imp, (tx) => tx.execute(sql`delete from public.projects where id = ${projectId}`), handle.db);

    // Everything about the client's account was done by the impersonating admin (the helper's own
    // acceptance is theirs, about their account).
    const audit = (await auditSince(handle, auditBefore)).filter((entry) => entry.subject_id === client.id);
    for (const entry of audit) expect(entry).toMatchObject({ actor_id: admin.id, subject_id: client.id, details: { impersonating: true } });
    const actions = audit.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'projects.insert',
        'project_members.insert', // the owner membership added by trigger
        'projects.update',
        'project_invitations.insert',
        'project_members.update',
        'project_members.delete',
        'user_profiles.update',
        'projects.delete',
      ]),
    );

    // The client reads those entries about their account; the impersonator sees the same.
    const asClient = await withRls(
      client.claims,
      async (tx) => rowsOf<{ id: number }>(await tx.execute(sql`select id from public.audit_log where id > ${auditBefore}`)),
      handle.db,
    );
    expect(asClient).toHaveLength(audit.length);
  });
});

describe('audit_log is append-only', () => {
  it('refuses UPDATE and DELETE even on the privileged connection', async () => {
    const w = await createWorld(handle);
    const before = await snapshot(handle, 'select * from public.audit_log where id = $1', [w.auditA]);
    await expect(handle.executor.query(`update public.audit_log set action = 'tampered' where id = $1`, [w.auditA])).rejects.toMatchObject({
      code: '42501',
    });
    await expect(handle.executor.query('delete from public.audit_log where id = $1', [w.auditA])).rejects.toMatchObject({ code: '42501' });
    await expect(handle.executor.query('delete from public.audit_log')).rejects.toMatchObject({ code: '42501' });
    expect(await snapshot(handle, 'select * from public.audit_log where id = $1', [w.auditA])).toEqual(before);
  });

  it('keeps entries when the people they mention are deleted', async () => {
    const w = await createWorld(handle);
    await handle.executor.query('delete from auth.users where id = $1', [w.a.id]);
    expect(await snapshot(handle, 'select id from public.audit_log where id = $1', [w.auditA])).toHaveLength(1);
  });

  // The append-only trigger is FOR EACH ROW on UPDATE/DELETE; TRUNCATE is a
  // different event and empties the table (in a transaction we roll back).
  it('refuses TRUNCATE on the privileged connection', async () => {
    await createWorld(handle);
    const rollback = new Error('rollback');
    const result = await handle.executor
      .transaction(async (tx) => {
        await tx.exec('truncate public.audit_log');
        throw rollback;
      })
      .then(
        () => 'committed',
        (err: unknown) => (err === rollback ? 'truncated (rolled back)' : 'refused'),
      );
    expect(result).toBe('refused');
  });
});

/**
 * A developer — agency staff who are not admins — assigned tenant A's open ticket (the world's
 * `ticket`); B's tickets are not theirs. On the support tables they read exactly what belongs to
 * that ticket ('assigned': its row, messages, notes, events, attachments — notes' too — and rating,
 * if any), answer it, note on it and move its status; on B's, nothing. Every other table shows them
 * what it shows any account that owns nothing.
 */
type SupportTable = Extract<Table, `support_${string}`>;
type DeveloperRead = 'assigned' | 'all' | 'none';
const developerRow = (select: DeveloperRead, insert: Pair, update: Pair, del: Pair) => ({ select, insert, update, delete: del });
// prettier-ignore
const DEVELOPER: Record<SupportTable, ReturnType<typeof developerRow>> = {
  //                         select       insert A|B        update A|B        delete A|B
  support_settings:          developerRow('all',      'denied|denied', '0|0',           'denied|denied'),
  support_ticket_counters:   developerRow('none',     'denied|denied', 'denied|denied', 'denied|denied'),
  support_tickets:           developerRow('assigned', 'denied|denied', 'ok|0',          'denied|denied'),
  support_ticket_messages:   developerRow('assigned', 'ok|denied',     'denied|denied', 'denied|denied'),
  support_ticket_notes:      developerRow('assigned', 'ok|denied',     'denied|denied', 'denied|denied'),
  support_ticket_events:     developerRow('assigned', 'denied|denied', 'denied|denied', 'denied|denied'),
  support_ticket_attachments: developerRow('assigned', 'denied|denied', 'denied|denied', 'denied|denied'),
  support_ticket_ratings:    developerRow('assigned', 'denied|denied', 'denied|denied', 'denied|denied'),
  support_canned_replies:    developerRow('all',      'denied|denied', '0|0',           '0|0'),
};
/** Privileged predicate for a support table's rows that belong to the ticket `$1`. */
const OF_TICKET: Partial<Record<SupportTable, string>> = { support_tickets: 'id = $1' };

async function worldWithDeveloper() {
  const w = await createWorld(handle);
  const developer = await createTestUser(handle, { userType: 'developer' });
  await handle.executor.query('update public.support_tickets set assignee_id = $1 where id = $2', [developer.id, contentOf(w, 'A').ticket]);
  return { w, developer };
}

describe('a developer assigned A’s ticket', () => {
  for (const table of Object.keys(DEVELOPER) as SupportTable[]) {
    const cells = DEVELOPER[table];
    const spec = SPECS[table];
    it(`${table}: select → ${cells.select}`, async () => {
      const { w, developer } = await worldWithDeveloper();
      const seen = await withRls(
        developer.claims,
        async (tx) => rowsOf<{ k: string }>(await tx.execute(sql.raw(`select ${spec.key} as k from public.${table}`))).map((r) => r.k),
        handle.db,
      );
      if (cells.select === 'none') return expect(seen).toEqual([]);
      if (cells.select === 'all') return expect(seen.sort()).toEqual((await privilegedKeys(spec, table)).sort());
      const ticket = contentOf(w, 'A').ticket;
      expect(seen.sort()).toEqual((await privilegedKeys(spec, table, OF_TICKET[table] ?? 'ticket_id = $1', [ticket])).sort());
      expect(seen).not.toContain(spec.fixtureKey(w, 'B'));
    });

    for (const op of ['insert', 'update', 'delete'] as const) {
      const [onA, onB] = cells[op].split('|') as [Write, Write];
      for (const [target, expected] of [
        ['A', onA],
        ['B', onB],
      ] as const) {
        it(`${table}: ${op} on ${target}'s row → ${expected}`, async () => {
          const { w, developer } = await worldWithDeveloper();
          const tenantParams = [spec.tenantValue(w, target)];
          const before = await snapshot(handle, spec.tenantRows, tenantParams);
          const outcome = await outcomeOf(() =>
            withRls(developer.claims, async (tx) => rowsOf(await tx.execute(spec.op[op](w, target))).length, handle.db),
          );
          assertWriteOutcome(outcome, expected);
          const after = await snapshot(handle, spec.tenantRows, tenantParams);
          if (expected === 'ok') expect(after).not.toEqual(before);
          else expect(after).toEqual(before);
        });
      }
    }
  }

  it('every other table shows them none of A’s or B’s rows (what an account that owns nothing sees)', async () => {
    const { w, developer } = await worldWithDeveloper();
    for (const table of (Object.keys(SPECS) as Table[]).filter((t) => !(t in DEVELOPER))) {
      const spec = SPECS[table];
      const view = () =>
        withRls(
          developer.claims,
          async (tx) => rowsOf<{ k: string }>(await tx.execute(sql.raw(`select ${spec.key} as k from public.${table}`))).map((r) => r.k),
          handle.db,
        );
      if (MATRIX[table].clientA.select === 'denied') {
        await expectAppError(view(), 'FORBIDDEN');
        continue;
      }
      if (MATRIX[table].clientA.select === 'all') continue; // shared by everyone (plan limits)
      const keys = await view();
      expect(keys, table).not.toContain(spec.fixtureKey(w, 'A'));
      expect(keys, table).not.toContain(spec.fixtureKey(w, 'B'));
    }
  });
});

/**
 * UPDATE and DELETE with no WHERE clause (issue 33). Every write above names one row and has
 * RETURNING, so PostgreSQL adds the SELECT policy to it, and the SELECT policy hides an UPDATE or
 * DELETE policy whose USING clause is too loose: a planted `using (true)` on push_subscriptions'
 * DELETE passed every cell. Here each table in public, read from the catalogue (so a new table is
 * probed without editing a list), gets `delete from t` and `update t set c = null` from every actor
 * — the old row kept, see tests/helpers/unfiltered-writes.ts — in a transaction that is rolled back,
 * and the privileged side of that transaction says which rows the statement reached. The matrix's
 * own cells are the oracle:
 *  - a tenant whose cell for that actor and operation is not 'ok': none of its rows reached, its
 *    rows unchanged (count and values);
 *  - a tenant whose cell is 'ok': some of its rows reached (the probe does write);
 *  - anyone else's rows (a bystander world's, other people's): treated as the rows of the tenant the
 *    actor has no tie to (B, or A for clientB: for the developer B's ticket is not assigned to them,
 *    for an admin B's impersonation session is another admin's), except the actor's own (spec.own).
 * A refusal is an answer only when the role lacks the grant; a statement the role is granted
 * that fails anyway fails the test, as does a table missing from SPECS or without a primary key.
 */
type Prober = Actor | 'developer';
/**
 * `table.op` pairs the probe cannot judge (say, a trigger that refuses every unfiltered statement
 * a role is granted), each with why that is safe. Empty: every table in public is probed. An entry
 * here is a hole in this test, so it needs a reason a reviewer can check.
 */
const CANNOT_PROBE: Readonly<Record<string, string>> = {};
const PROBERS: readonly Prober[] = [...ACTORS, 'developer'];

function unfilteredCells(table: Table, prober: Prober, op: ProbeOp): [Write, Write] {
  if (prober !== 'developer') return MATRIX[table][prober][op].split('|') as [Write, Write];
  // Assigned A's ticket; on every other table an account that owns nothing (see DEVELOPER).
  const support = (DEVELOPER as Partial<Record<Table, { update: Pair; delete: Pair }>>)[table];
  return (support?.[op] ?? '0|0').split('|') as [Write, Write];
}

describe('RLS matrix: UPDATE and DELETE without WHERE reach no other tenant’s rows', () => {
  // Its own database: the probes read whole tables, which the matrix above fills with a world per cell.
  let db: DbHandle;
  let w: World;
  let developer: Awaited<ReturnType<typeof createTestUser>>;
  let tables: TableShape[];
  beforeAll(async () => {
    db = await createMigratedTestDb('');
    w = await createWorld(db);
    await createWorld(db); // bystanders: rows that belong to neither tenant of `w`
    developer = await createTestUser(db, { userType: 'developer' });
    await db.executor.query('update public.support_tickets set assignee_id = $1 where id = $2', [developer.id, contentOf(w, 'A').ticket]);
    tables = await tablesInPublic(db);
  });
  afterAll(async () => {
    await db.close();
  });

  const claimsOfProber = (p: Prober) => (p === 'developer' ? developer.claims : claimsOf(w, p));
  const ownerOf = (p: Prober) => (p === 'developer' ? developer.id : subjectOf(w, p));

  async function violations(shape: TableShape, prober: Prober, op: ProbeOp, plant?: readonly string[]): Promise<string[]> {
    const label = `${shape.table}: ${op} as ${prober}`;
    if (`${shape.table}.${op}` in CANNOT_PROBE) return [];
    if (!(shape.table in SPECS)) return [`${label}: no row in MATRIX and SPECS, so nothing says whose rows are whose`];
    if (!shape.keyColumns) return [`${label}: no primary key, so the probe cannot name the rows it reaches`];
    const table = shape.table as Table;
    const spec = SPECS[table];
    const cells = unfilteredCells(table, prober, op);
    const owner = ownerOf(prober);
    const outcome = await probeUnfiltered(
      db,
      claimsOfProber(prober),
      { ...shape, keyColumns: shape.keyColumns },
      op,
      {
        A: { query: spec.tenantRows, params: [spec.tenantValue(w, 'A')] },
        B: { query: spec.tenantRows, params: [spec.tenantValue(w, 'B')] },
        ...(spec.own && owner ? { own: { query: `select * from public.${table} where ${spec.own}`, params: [owner] } } : {}),
      },
      plant,
    );

    if (outcome.kind === 'refused') {
      if (outcome.withoutGrant && outcome.code === '42501') return [];
      return [
        `${label}: refused (${outcome.code ?? '?'} ${outcome.message}) although the role is granted it: the probe cannot see past that`,
      ];
    }
    if (outcome.withoutGrant) return [`${label}: ran although the catalogue says the role lacks the grant`];
    const found: string[] = [];
    const reached = new Set(outcome.reached);
    // Rows of A and B are judged above; the rest are someone else's unless they are the actor's own.
    const allowed = new Set([...outcome.groups.A!.keys, ...outcome.groups.B!.keys, ...(outcome.groups.own?.keys ?? [])]);
    (['A', 'B'] as const).forEach((tenant, i) => {
      const group = outcome.groups[tenant]!;
      const hit = group.keys.filter((k) => reached.has(k));
      if (cells[i] === 'ok') {
        if (hit.length === 0) found.push(`${label}: the matrix lets it ${op} ${tenant}'s row, yet it reached none of ${tenant}'s rows`);
        return;
      }
      if (hit.length > 0) found.push(`${label}: reached ${tenant}'s rows ${hit.join(' ')} (matrix: ${cells[i]})`);
      if (JSON.stringify(group.after) !== JSON.stringify(group.before)) found.push(`${label}: ${tenant}'s rows changed`);
    });
    if (cells[prober === 'clientB' ? 0 : 1] !== 'ok') {
      const stray = outcome.reached.filter((k) => !allowed.has(k));
      if (stray.length > 0) found.push(`${label}: reached ${stray.length} rows of other people, e.g. ${stray.slice(0, 3).join(' ')}`);
    }
    return found;
  }

  it('lists only tables that exist among those it cannot probe', () => {
    const names = new Set(tables.map((t) => t.table));
    expect(Object.keys(CANNOT_PROBE).filter((k) => !names.has(k.split('.')[0]!))).toEqual([]);
  });

  for (const prober of PROBERS) {
    for (const op of ['update', 'delete'] as const) {
      it(`${prober}: ${op} without WHERE, on every table in public`, async () => {
        const found: string[] = [];
        for (const shape of tables) found.push(...(await violations(shape, prober, op)));
        expect(found, found.join('\n')).toEqual([]);
      });
    }
  }

  // The probe's own test: the policy loosenings that went unnoticed before (planted in the
  // probe's transaction, rolled back with it) are reported.
  const PLANTS = {
    delete: {
      table: 'push_subscriptions',
      sql: [
        'drop policy "push subscriptions: own remove" on public.push_subscriptions',
        'create policy "planted" on public.push_subscriptions for delete to authenticated using (true)',
      ],
    },
    update: {
      table: 'notification_preferences',
      sql: [
        'drop policy "notification preferences: own change" on public.notification_preferences',
        'create policy "planted" on public.notification_preferences for update to authenticated using (true)',
      ],
    },
  } as const;
  for (const [op, plant] of Object.entries(PLANTS) as Array<[ProbeOp, (typeof PLANTS)[ProbeOp]]>) {
    it(`notices a planted using (true) on ${plant.table}' ${op.toUpperCase()} policy`, async () => {
      const shape = tables.find((t) => t.table === plant.table)!;
      expect(await violations(shape, 'clientA', op)).toEqual([]);
      expect(await violations(shape, 'clientA', op, plant.sql)).toEqual(
        expect.arrayContaining([expect.stringContaining(`${plant.table}: ${op} as clientA: reached B's rows`)]),
      );
    });
  }
});
