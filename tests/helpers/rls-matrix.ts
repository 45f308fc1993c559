import { createHash, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { isAppError, type AppErrorCode } from '@/lib/errors';
import type { VerifiedClaims } from '@/lib/claims';
import { claimsFor, createMigratedTestDb, createTestDb, type TestUser } from './test-db';

/**
 * Helpers for the RLS matrix and the tier-limit / impersonation tests:
 * a per-test "world" of two tenants plus admins, privileged snapshots for
 * "the row is unchanged afterwards" checks, and outcome classification.
 */

export { rowsOf } from '@/lib/db/rows-of';

export type Outcome = { kind: 'ok'; count: number } | { kind: 'error'; code: AppErrorCode | 'RAW'; error: unknown };

/** Runs an actor operation and records how it ended instead of throwing. */
export async function outcomeOf(run: () => Promise<number>): Promise<Outcome> {
  try {
    return { kind: 'ok', count: await run() };
  } catch (error) {
    return { kind: 'error', code: isAppError(error) ? error.code : 'RAW', error };
  }
}

/** A privileged read (bypasses RLS): rows as JSON, in a stable order. */
export async function snapshot(handle: DbHandle, query: string, params: unknown[] = []): Promise<unknown[]> {
  const rows = await handle.executor.query<{ row: unknown }>(
    `select to_jsonb(t) as row from (${query}) t order by to_jsonb(t)::text`,
    params,
  );
  return rows.map((r) => r.row);
}

export type AuditRow = {
  id: number;
  actor_id: string | null;
  subject_id: string | null;
  action: string;
  target_id: string | null;
  details: Record<string, unknown>;
};

export async function maxAuditId(handle: DbHandle): Promise<number> {
  const [row] = await handle.executor.query<{ id: number }>('select coalesce(max(id), 0)::int as id from public.audit_log');
  return row!.id;
}

export async function auditSince(handle: DbHandle, afterId: number): Promise<AuditRow[]> {
  return handle.executor.query<AuditRow>(
    'select id::int as id, actor_id::text, subject_id::text, action, target_id, details from public.audit_log where id > $1 order by id',
    [afterId],
  );
}

export function uniqueSlug(prefix = 'p'): string {
  return `${prefix}-${randomUUID().slice(0, 12)}`;
}

/** A project owned by `ownerId`, created on the privileged connection (triggers still run). */
export async function createProjectAsSystem(handle: DbHandle, ownerId: string, name = 'Fixture'): Promise<string> {
  const [row] = await handle.executor.query<{ id: string }>(
    'insert into public.projects (owner_id, name, slug) values ($1, $2, $3) returning id::text',
    [ownerId, name, uniqueSlug()],
  );
  return row!.id;
}

export async function addMemberAsSystem(
  handle: DbHandle,
  projectId: string,
  userId: string,
  role: 'editor' | 'viewer' = 'editor',
): Promise<void> {
  await handle.executor.query('insert into public.project_members (project_id, user_id, role) values ($1, $2, $3)', [
    projectId,
    userId,
    role,
  ]);
}

/** The day of the fixture's site traffic rows (site_traffic_days/pages/countries). */
export const TRAFFIC_DAY = '2026-01-01';
/** The host of the fixture's uptime rows (uptime_monitors/checks/daily/incidents), checked on TRAFFIC_DAY. */
export const UPTIME_HOST = 'fixture.uptime.test';

export type Actor = 'anon' | 'clientA' | 'clientB' | 'admin' | 'impersonatorA';
export const ACTORS: readonly Actor[] = ['anon', 'clientA', 'clientB', 'admin', 'impersonatorA'];

/**
 * Two tenants and two admins, with one row of every table belonging to each
 * tenant:
 * - A: free client, project PA (owner membership only; free allows 1 member).
 * - B: pro client, project PB with D as editor.
 * - admin starts a session for A, admin2 one for B (→ impersonation.start audit rows).
 * - one outbox email for A and one for B.
 * - in each tenant's project (see TenantContent): a running generation, a
 *   site version, a usage event, a ready (not live) deployment of that
 *   version, a lead from it and the publish job's run.
 * - E: a client who belongs to nothing (used as a member to add).
 */
export type World = {
  a: TestUser;
  b: TestUser;
  d: TestUser;
  e: TestUser;
  admin: TestUser;
  admin2: TestUser;
  projectA: string | null;
  projectB: string;
  sessionA: string;
  sessionB: string;
  auditA: number;
  auditB: number;
  emailA: string;
  emailB: string;
  /** Null when the world was built without a project for A. */
  contentA: TenantContent | null;
  contentB: TenantContent;
};

/** Rows of the generate/publish tables in one tenant's project (ids; usageEvent is its idempotency key). */
export type TenantContent = {
  generation: string;
  siteVersion: string;
  usageEvent: string;
  deployment: string;
  lead: string;
  jobRun: string;
  /** The event that queued jobRun; the dedupe key, cron schedule, throttle key and meter named after the deployment. */
  jobEvent: string;
  fixtureName: string;
  invitation: string;
  /** The owner's folder, a file in it and an upload in progress (storage_*). */
  storageFolder: string;
  storageItem: string;
  storageUpload: string;
  /** A custom domain of the owner's project (domains; its 'added' event is in domain_events). */
  domain: string;
  /** A photo variant's blob hash recorded for the garbage collector (site_photo_blobs). */
  photoBlob: string;
  /** A named version of the site and a share-a-preview link (editor, issue 12). */
  namedVersion: string;
  shareLink: string;
  /** Notifications (issue 15): the owner's inbox row, its event (id), and a push device. */
  notification: string;
  notificationEvent: string;
  pushSubscription: string;
  /** Outgoing webhooks (issue 36): the owner's endpoint. */
  webhookEndpoint: string;
  /** Support tickets (issue 17): an open ticket with a client message and an internal note, a
   * resolved and rated one, a resolved one not rated yet, and an agency canned reply. */
  ticket: string;
  ticketMessage: string;
  ticketNote: string;
  /** The owner's file attached to the client message, and another to the internal note. */
  ticketAttachment: string;
  ticketNoteAttachment: string;
  ticketRated: string;
  ticketUnrated: string;
  cannedReply: string;
  /** URL analyzer (issue 16): a visitor's analysis (no owner: visitors have no account). */
  analysis: string;
  /** A lead captured on that analysis (analyzer_leads; no owner either). */
  analyzerLead: string;
  /** Site traffic (issue 18): the key of a traffic batch the serving process wrote (site_traffic_batches;
   * the project's day, page and country rows are on TRAFFIC_DAY). */
  trafficBatch: string;
  /** Uptime (issue 18): the project's open incident on its fixture host (its monitor, a check and a
   * daily rollup are on UPTIME_HOST too). */
  uptimeIncident: string;
  /** Performance (issue 18): a run of the project's home page, and one pinned page (A's plan allows just that one). */
  performanceRun: string;
  pinnedPage: string;
  /** Monthly reports (issue 18): the owner's report for January 2026 (its PDF is not needed here). */
  monthlyReport: string;
  /** API keys (issue 36): one of the owner's keys. */
  apiKey: string;
  idempotencyKey: string;
  /** A model call recorded for the project (ai_calls). */
  aiCall: string;
};

/**
 * Builds the world in one multi-statement script: ~5x faster than one
 * createTestUser call per user, which matters because every matrix cell gets
 * its own world. Users are still fresh (random ids, unique emails) and go
 * through the same path as createTestUser: insert into auth.users (the
 * trigger creates the profile), then set tier/user_type. All values inlined
 * below are generated here (UUIDs, fixed words), never external input.
 */
export async function createWorld(handle: DbHandle, opts: { projectForA?: boolean } = {}): Promise<World> {
  const user = (): TestUser => {
    const id = randomUUID();
    const email = `user-${id}@test.local`; // the whole id: a prefix collided once among the matrix's many users
    return { id, email, claims: claimsFor(id, email) };
  };
  const [a, b, d, e, admin, admin2] = [user(), user(), user(), user(), user(), user()];
  const projectA = opts.projectForA === false ? null : randomUUID();
  const projectB = randomUUID();
  const [sessionA, sessionB, emailA, emailB] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const content = (): TenantContent => ({
    generation: randomUUID(),
    siteVersion: randomUUID(),
    usageEvent: `fixture:${randomUUID()}`,
    deployment: randomUUID(),
    lead: randomUUID(),
    jobRun: randomUUID(),
    jobEvent: randomUUID(),
    fixtureName: `fixture-${randomUUID()}`,
    invitation: randomUUID(),
    storageFolder: randomUUID(),
    storageItem: randomUUID(),
    storageUpload: randomUUID(),
    domain: randomUUID(),
    photoBlob: createHash('sha256').update(randomUUID()).digest('hex'),
    namedVersion: randomUUID(),
    shareLink: randomUUID(),
    notification: randomUUID(),
    notificationEvent: `fixture:${randomUUID()}`,
    pushSubscription: randomUUID(),
    webhookEndpoint: randomUUID(),
    ticket: randomUUID(),
    ticketMessage: randomUUID(),
    ticketNote: randomUUID(),
    ticketAttachment: randomUUID(),
    ticketNoteAttachment: randomUUID(),
    ticketRated: randomUUID(),
    ticketUnrated: randomUUID(),
    cannedReply: randomUUID(),
    analysis: randomUUID(),
    analyzerLead: randomUUID(),
    trafficBatch: `traffic:fixture:${randomUUID()}`,
    uptimeIncident: randomUUID(),
    performanceRun: randomUUID(),
    pinnedPage: randomUUID(),
    monthlyReport: randomUUID(),
    apiKey: randomUUID(),
    idempotencyKey: randomUUID(),
    aiCall: randomUUID(),
  });
  const contentA = projectA ? content() : null;
  const contentB = content();
  const users = [a, b, d, e, admin, admin2].map((u) => `('${u.id}', '${u.email}', '{}'::jsonb)`).join(', ');
  // Privileged inserts still run the triggers: the generation is reserved
  // ('running') and the deployment starts 'queued', then "builds" to ready.
  // The invitation is created on a roomy plan and the plan restored, so A's free-tier team is full afterwards.
  const contentSql = (owner: TestUser, project: string, c: TenantContent) => `
    update public.user_profiles set tier = 'pro' where id = '${owner.id}';
    insert into public.project_invitations (id, project_id, email, role, token_hash, invited_by)
      values ('${c.invitation}', '${project}', 'invitee-${c.invitation.slice(0, 8)}@invitee.test', 'editor', '${c.invitation.replace(/-/g, '')}${c.invitation.replace(/-/g, '')}', '${owner.id}');
    update public.user_profiles set tier = '${owner === b ? 'pro' : 'free'}' where id = '${owner.id}';
    insert into public.generations (id, project_id, user_id, kind, prompt) values ('${c.generation}', '${project}', '${owner.id}', 'site', 'fixture');
    insert into public.site_versions (id, project_id, version, document, source, generation_id, created_by)
      values ('${c.siteVersion}', '${project}', 1, '{"fixture": true}'::jsonb, 'generate', '${c.generation}', '${owner.id}');
    insert into public.usage_events (user_id, project_id, metric, quantity, idempotency_key)
      values ('${owner.id}', '${project}', 'page_generate', 1, '${c.usageEvent}');
    insert into public.deployments (id, project_id, site_version_id, version, created_by) values ('${c.deployment}', '${project}', '${c.siteVersion}', 1, '${owner.id}');
    update public.deployments set status = 'ready', manifest = '{}'::jsonb, total_bytes = 1, finished_at = now() where id = '${c.deployment}';
    insert into public.leads (id, project_id, deployment_id, name, email, message)
      values ('${c.lead}', '${project}', '${c.deployment}', 'Visitor', 'visitor@example.com', 'Hello');
    insert into public.job_events (id, name, data, sent_by, dispatched_at)
      values ('${c.jobEvent}', 'site/publish.requested', '{"deploymentId": "${c.deployment}"}'::jsonb, '${owner.id}', now());
    insert into public.job_runs (id, function_id, event_id, event_name, event_data, status)
      values ('${c.jobRun}', 'publish-site', '${c.jobEvent}', 'site/publish.requested', '{"deploymentId": "${c.deployment}"}'::jsonb, 'succeeded');
    insert into public.job_steps (run_id, step_id, op, status, output) values ('${c.jobRun}', 'load', 'run', 'completed', '{}'::jsonb);
    insert into public.job_schedules (function_id, cron, next_at) values ('${c.fixtureName}', '* * * * *', now());
    insert into public.job_dedupe (scope, key, expires_at) values ('event', '${c.fixtureName}', now() + interval '1 day');
    insert into public.job_throttles (function_id, key, tat) values ('${c.fixtureName}', '', now());
    insert into public.metering_watermarks (meter, recorded_until) values ('${c.fixtureName}', now());
    insert into public.site_photo_blobs (sha256) values ('${c.photoBlob}');
    insert into public.named_site_versions (id, project_id, name, document, draft_version, created_by)
      values ('${c.namedVersion}', '${project}', 'v1', '{"fixture": true}'::jsonb, 1, '${owner.id}');
    insert into public.preview_share_links (id, project_id, token_hash, created_by)
      values ('${c.shareLink}', '${project}', '${c.photoBlob}', '${owner.id}');
    insert into public.billing_events (id, type, stripe_created, user_id, outcome)
      values ('evt_${c.fixtureName}', 'invoice.paid', now(), '${owner.id}', 'applied');
    insert into public.meter_pushes (user_id, stripe_customer_id, meter, minute, seq, identifier, value)
      values ('${owner.id}', 'cus_fixture', 'ai_token', date_trunc('minute', now()), 0, 'mp:${c.fixtureName}', 1);
    insert into public.usage_threshold_crossings (user_id, meter, period_start, percent, used, included)
      values ('${owner.id}', 'ai_token', date_trunc('month', now())::date, 80, 240000, 300000);
    insert into public.billing_nfse (stripe_invoice_id, user_id, amount_cents, currency, paid_at, status, last_error)
      values ('in_${c.fixtureName}', '${owner.id}', 29700, 'brl', now(), 'failed', 'NFE.io answered 500');
    insert into public.billing_customers (user_id, stripe_customer_id, payment_method_summary)
      values ('${owner.id}', 'cus_${c.fixtureName}', 'boleto');
    insert into public.billing_subscriptions (user_id, stripe_subscription_id, status, tier, current_period_end)
      select id, 'sub_${c.fixtureName}', 'active', tier, now() + interval '1 month' from public.user_profiles where id = '${owner.id}';
    insert into public.storage_folders (id, owner_id, name) values ('${c.storageFolder}', '${owner.id}', 'Photos');
    insert into public.storage_items (id, owner_id, folder_id, name, content_type, size_bytes, blob_key, created_by)
      values ('${c.storageItem}', '${owner.id}', '${c.storageFolder}', 'bread.jpg', 'image/jpeg', 1024, 'files/${c.storageItem}', '${owner.id}');
    insert into public.storage_uploads (id, owner_id, name, size_bytes, blob_key, expires_at)
      values ('${c.storageUpload}', '${owner.id}', 'cake.jpg', 2048, 'files/${c.storageUpload}', now());
    insert into public.domains (id, project_id, owner_id, name, display_name, is_apex)
      values ('${c.domain}', '${project}', '${owner.id}', 'd-${c.domain.slice(0, 8)}.example.com', 'd-${c.domain.slice(0, 8)}.example.com', true);
    insert into public.notification_events (event_id, kind, payload)
      values ('${c.notificationEvent}', 'payment.failed', '{"userId": "${owner.id}"}'::jsonb);
    insert into public.notifications (id, user_id, event_id, kind, link)
      values ('${c.notification}', '${owner.id}', '${c.notificationEvent}', 'payment.failed', '/dashboard/billing');
    insert into public.notification_deliveries (event_id, user_id, channel, status)
      values ('${c.notificationEvent}', '${owner.id}', 'email', 'sent');
    insert into public.notification_preferences (user_id, kind, channel, setting)
      values ('${owner.id}', 'lead.created', 'email', 'daily');
    insert into public.push_subscriptions (id, user_id, endpoint, p256dh, auth)
      values ('${c.pushSubscription}', '${owner.id}', 'https://push.example/${c.pushSubscription}', 'BPfixture', 'fixture');
    insert into public.webhook_endpoints (id, owner_id, url, event_types)
      values ('${c.webhookEndpoint}', '${owner.id}', 'https://hooks.example/${c.webhookEndpoint}', '{lead.created}');
    insert into public.support_tickets (id, owner_id, subject, description) values ('${c.ticket}', '${owner.id}', 'Help', 'Please');
    insert into public.support_tickets (id, owner_id, subject, description, status, resolved_at)
      values ('${c.ticketRated}', '${owner.id}', 'Done', 'Thanks', 'resolved', now()), ('${c.ticketUnrated}', '${owner.id}', 'Also done', 'Thanks', 'resolved', now());
    insert into public.support_ticket_messages (id, ticket_id, owner_id, body) values ('${c.ticketMessage}', '${c.ticket}', '${owner.id}', 'More details');
    insert into public.support_ticket_notes (id, ticket_id, owner_id, body) values ('${c.ticketNote}', '${c.ticket}', '${owner.id}', 'Internal');
    insert into public.support_ticket_ratings (ticket_id, owner_id, score) values ('${c.ticketRated}', '${owner.id}', 5);
    insert into public.support_ticket_attachments (id, ticket_id, owner_id, message_id, note_id, uploaded_by, file_id, name, content_type, size_bytes)
      values ('${c.ticketAttachment}', '${c.ticket}', '${owner.id}', '${c.ticketMessage}', null, '${owner.id}', '${c.storageItem}', 'bread.jpg', 'image/jpeg', 1024),
             ('${c.ticketNoteAttachment}', '${c.ticket}', '${owner.id}', null, '${c.ticketNote}', '${owner.id}', '${c.storageItem}', 'logs.jpg', 'image/jpeg', 1024);
    insert into public.support_canned_replies (id, title, body) values ('${c.cannedReply}', 'Reply ${c.cannedReply}', 'Hi there');
    insert into public.analyzer_analyses (id, url, host) values ('${c.analysis}', 'https://a-${c.analysis}.example/', 'a-${c.analysis}.example');
    insert into public.analyzer_leads (id, analysis_id, email, intent, consent_version) values ('${c.analyzerLead}', '${c.analysis}', 'lead-${c.analyzerLead}@example.com', 'report', 'test');
    insert into public.site_traffic_days (project_id, day, requests) values ('${project}', '${TRAFFIC_DAY}', 1);
    insert into public.site_traffic_pages (project_id, day, path, requests) values ('${project}', '${TRAFFIC_DAY}', '/', 1);
    insert into public.site_traffic_countries (project_id, day, country, requests) values ('${project}', '${TRAFFIC_DAY}', 'BR', 1);
    insert into public.site_traffic_batches (key) values ('${c.trafficBatch}');
    insert into public.uptime_incidents (id, project_id, host, opened_at, confirmed_at, cause)
      values ('${c.uptimeIncident}', '${project}', '${UPTIME_HOST}', '${TRAFFIC_DAY}T10:00:00Z', '${TRAFFIC_DAY}T10:01:00Z', 'timeout');
    insert into public.uptime_monitors (project_id, host, last_checked_at, consecutive_failures, open_incident_id)
      values ('${project}', '${UPTIME_HOST}', '${TRAFFIC_DAY}T10:01:00Z', 2, '${c.uptimeIncident}');
    insert into public.uptime_checks (project_id, host, checked_at, is_up, cause) values ('${project}', '${UPTIME_HOST}', '${TRAFFIC_DAY}T10:01:00Z', false, 'timeout');
    insert into public.uptime_daily (project_id, host, day, checks, failures) values ('${project}', '${UPTIME_HOST}', '${TRAFFIC_DAY}', 2, 2);
    insert into public.performance_metrics (id, project_id, path, url, measured_at, performance_score, grade)
      values ('${c.performanceRun}', '${project}', '/', 'https://fixture.test/', '${TRAFFIC_DAY}T10:00:00Z', 80, 'B');
    insert into public.performance_pinned_pages (id, project_id, path) values ('${c.pinnedPage}', '${project}', '/menu');
    insert into public.monthly_reports (id, owner_id, month, locale, blob_key, size_bytes)
      values ('${c.monthlyReport}', '${owner.id}', '2026-01-01', 'en', 'reports/${owner.id}/2026-01-01/fixture.pdf', 100);
    insert into public.api_keys (id, owner_id, name, prefix, secret_hash, scopes)
      values ('${c.apiKey}', '${owner.id}', 'Fixture key', 'pm_live_${c.apiKey.slice(0, 8)}', '${createHash('sha256').update(c.apiKey).digest('hex')}', array['read']);
    insert into public.ai_calls (id, project_id, trace_id, provider, model, endpoint_host, template_name, template_version, input_tokens, output_tokens, usage_source, latency_ms, fallback_step, attempt, outcome, cost_usd)
      values ('${c.aiCall}', '${project}', 'trace-${c.aiCall}', 'openai', 'gpt-4.1-mini', 'api.openai.com', 'site-plan', 1, 100, 50, 'provider', 1200, 0, 1, 'ok', 0.00012);
    insert into public.api_idempotency_keys (id, owner_id, api_key_id, idempotency_key, request_hash, response_status, response_body, completed_at)
      values ('${c.idempotencyKey}', '${owner.id}', '${c.apiKey}', 'fixture-${c.idempotencyKey}', '${createHash('sha256').update(c.idempotencyKey).digest('hex')}', 201, '{"id":"fixture"}', now());
  `;
  await handle.executor.exec(`
    insert into auth.users (id, email, raw_user_meta_data) values ${users};
    update public.user_profiles set tier = 'pro' where id = '${b.id}';
    update public.user_profiles set user_type = 'admin' where id in ('${admin.id}', '${admin2.id}');
    ${projectA ? `insert into public.projects (id, owner_id, name, slug) values ('${projectA}', '${a.id}', 'A site', '${uniqueSlug()}');` : ''}
    insert into public.projects (id, owner_id, name, slug) values ('${projectB}', '${b.id}', 'B site', '${uniqueSlug()}');
    insert into public.project_members (project_id, user_id, role) values ('${projectB}', '${d.id}', 'editor');
    insert into public.impersonation_sessions (id, admin_id, client_id, reason)
      values ('${sessionA}', '${admin.id}', '${a.id}', 'fixture'), ('${sessionB}', '${admin2.id}', '${b.id}', 'fixture');
    insert into public.email_outbox (id, to_address, user_id, template, subject, provider)
      values ('${emailA}', '${a.email}', '${a.id}', 'magic_link', 'Sign in', 'outbox'),
             ('${emailB}', '${b.email}', '${b.id}', 'magic_link', 'Sign in', 'outbox');
    ${projectA && contentA ? contentSql(a, projectA, contentA) : ''}
    ${contentSql(b, projectB, contentB)}
    -- The agency's legal texts are global (one per page and language): each world starts from the
    -- same two, the terms (tenant A in the matrix) and the privacy notice (B), in English.
    delete from public.legal_texts;
    insert into public.legal_texts (page, locale, body) values ('terms', 'en', 'Terms'), ('privacy', 'en', 'Privacy');
  `);
  const audits = await handle.executor.query<{ id: number; subject_id: string }>(
    `select id::int as id, subject_id::text from public.audit_log where target_id in ($1, $2)`,
    [sessionA, sessionB],
  );
  return {
    a,
    b,
    d,
    e,
    admin,
    admin2,
    projectA,
    projectB,
    sessionA,
    sessionB,
    auditA: audits.find((r) => r.subject_id === a.id)!.id,
    auditB: audits.find((r) => r.subject_id === b.id)!.id,
    emailA,
    emailB,
    contentA,
    contentB,
  };
}

/** The claims an actor presents; `null` runs as `anon`. */
export function claimsOf(world: World, actor: Actor): VerifiedClaims | null {
  switch (actor) {
    case 'anon':
      return null;
    case 'clientA':
      return world.a.claims;
    case 'clientB':
      return world.b.claims;
    case 'admin':
      return world.admin.claims;
    case 'impersonatorA':
      return claimsFor(world.a.id, world.a.email, { sub: world.admin.id, email: world.admin.email });
  }
}

/** Whose data an actor acts as: the impersonator acts as A. */
export function subjectOf(world: World, actor: Actor): string | null {
  if (actor === 'clientA' || actor === 'impersonatorA') return world.a.id;
  if (actor === 'clientB') return world.b.id;
  if (actor === 'admin') return world.admin.id;
  return null;
}

/**
 * Resolves once `n` callers have arrived (or after `timeoutMs`, so a pool
 * that cannot open `n` connections at once degrades to a weaker test
 * instead of hanging). `allArrived()` tells which of the two happened.
 */
export function barrier(n: number, timeoutMs = 5000): { arrive: () => Promise<void>; allArrived: () => boolean } {
  let arrived = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => {
    release = resolve;
  });
  const timer = setTimeout(() => release(), timeoutMs);
  return {
    arrive: async () => {
      arrived += 1;
      if (arrived >= n) {
        clearTimeout(timer);
        release();
      }
      await all;
    },
    allArrived: () => arrived >= n,
  };
}

/** Asserts a promise rejects with an AppError of the given code (never a raw driver error). */
export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error, `expected AppError(${code}) but the operation succeeded`).toBeDefined();
  expect(isAppError(error), `expected AppError(${code}), got ${String(error)}`).toBe(true);
  expect((error as { code: string }).code).toBe(code);
}

/**
 * Supabase's default privileges, from supabase/postgres' initial schema: every
 * table, function and sequence created in `public` starts with ALL for the
 * API roles. Run before our migrations, this is what `supabase db push` meets
 * on a hosted project.
 */
const SUPABASE_DEFAULT_PRIVILEGES = `
  do $$
  begin
    if not exists (select 1 from pg_roles where rolname = 'anon') then create role anon nologin noinherit; end if;
    if not exists (select 1 from pg_roles where rolname = 'authenticated') then create role authenticated nologin noinherit; end if;
    if not exists (select 1 from pg_roles where rolname = 'service_role') then create role service_role nologin noinherit bypassrls; end if;
  end
  $$;
  alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
  alter default privileges in schema public grant all on functions to anon, authenticated, service_role;
  alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
`;

/**
 * Kept for the test files that import it (tier-limits, impersonation,
 * supabase-default-grants): createTestDb itself now starts from the cached
 * PGlite dump. With `supabaseDefaultPrivileges` the database is bootstrapped
 * with Supabase's default privileges first and is not registered as the
 * app's database.
 */
export async function createTestDbFast(opts: { supabaseDefaultPrivileges?: boolean } = {}): Promise<DbHandle> {
  return opts.supabaseDefaultPrivileges ? createMigratedTestDb(SUPABASE_DEFAULT_PRIVILEGES) : createTestDb();
}
