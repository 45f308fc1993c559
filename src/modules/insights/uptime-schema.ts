import { bigint, boolean, date, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The uptime tables of the insights module. RLS, grants and the retention design are SQL in
// supabase/migrations/20261222000100_uptime.sql: the site's members and admins read; only the
// uptime cron (privileged connection) writes.

/** One monitored host's state: what the next check's decision is made from. */
export const uptimeMonitors = pgTable(
  'uptime_monitors',
  {
    projectId: uuid('project_id').notNull(),
    host: text('host').notNull(),
    lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    firstFailedAt: timestamp('first_failed_at', { withTimezone: true }),
    firstCause: text('first_cause'),
    firstStatusCode: smallint('first_status_code'),
    openIncidentId: uuid('open_incident_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.host] })],
);
export type UptimeMonitorRow = typeof uptimeMonitors.$inferSelect;

/** Raw checks, kept UPTIME_CHECK_RETENTION_DAYS. */
export const uptimeChecks = pgTable(
  'uptime_checks',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    projectId: uuid('project_id').notNull(),
    host: text('host').notNull(),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
    isUp: boolean('is_up').notNull(),
    statusCode: smallint('status_code'),
    cause: text('cause'),
    responseMs: integer('response_ms'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('uptime_checks_project_checked_idx').on(t.projectId, t.checkedAt.desc()),
    index('uptime_checks_checked_idx').on(t.checkedAt),
  ],
);

/** Per host and UTC day: checks and failures (kept for good). */
export const uptimeDaily = pgTable(
  'uptime_daily',
  {
    projectId: uuid('project_id').notNull(),
    host: text('host').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    checks: integer('checks').notNull().default(0),
    failures: integer('failures').notNull().default(0),
    responseMsTotal: bigint('response_ms_total', { mode: 'number' }).notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.day, t.host] })],
);

export const uptimeIncidents = pgTable(
  'uptime_incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id').notNull(),
    host: text('host').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolution: text('resolution').$type<'recovered' | 'unmonitored'>(),
    cause: text('cause').notNull(),
    statusCode: smallint('status_code'),
    failedChecks: integer('failed_checks').notNull().default(2),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('uptime_incidents_project_opened_idx').on(t.projectId, t.openedAt.desc())],
);
export type UptimeIncidentRow = typeof uptimeIncidents.$inferSelect;
