import { z } from 'zod';

/**
 * The one place that reads process.env. Every adapter choice in src/lib is
 * made from this object, so "no configuration" deterministically means the
 * embedded defaults (PGlite, local auth, offline AI, in-process jobs, outbox).
 */
const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.url().optional())
  .optional();
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  APP_URL: z.url().default('http://localhost:3000'),
  ROOT_DOMAIN: z.string().default('localhost:3000'),
  DATA_DIR: z.string().default('.data'),

  DATABASE_URL: optionalUrl,
  // The request path's connection (withRls): a login role that can only switch to anon and
  // authenticated (`authenticator`). Without it requests share DATABASE_URL's connection.
  DATABASE_REQUEST_URL: optionalUrl,
  TEST_DATABASE_URL: optionalUrl,

  AUTH_SECRET: optionalText,
  NEXT_PUBLIC_SUPABASE_URL: optionalUrl,
  NEXT_PUBLIC_SUPABASE_ANON_KEY: optionalText,
  SUPABASE_SERVICE_ROLE_KEY: optionalText,

  VLLM_BASE_URL: optionalUrl,
  VLLM_MODEL: optionalText,
  VLLM_API_KEY: optionalText,
  OPENAI_API_KEY: optionalText,
  OPENAI_MODEL: optionalText,

  STRIPE_SECRET_KEY: optionalText,
  STRIPE_WEBHOOK_SECRET: optionalText,
  // Where the Stripe SDK sends requests: unset is api.stripe.com; tests and e2e runs point it at
  // the local stand-in (tests/fakes/stripe).
  STRIPE_API_BASE: optionalUrl,
  INNGEST_EVENT_KEY: optionalText,
  INNGEST_SIGNING_KEY: optionalText,
  // A local Inngest dev server (`npx inngest-cli dev`) instead of Inngest Cloud.
  INNGEST_DEV: optionalText,
  // A self-hosted Inngest server (`inngest start`, docs/deploy.md) instead of Inngest Cloud. The
  // SDK reads it from the environment itself; named here so the doctor and the docs know it.
  INNGEST_BASE_URL: optionalUrl,
  RESEND_API_KEY: optionalText,
  EMAIL_FROM: z.string().default('Page Magic <hello@pagemagic.local>'),
  UPSTASH_REDIS_REST_URL: optionalUrl,
  UPSTASH_REDIS_REST_TOKEN: optionalText,
  REDIS_URL: optionalUrl,
  SENTRY_DSN: optionalText,
  // The structured log's level (src/lib/log.ts): fatal, error, warn, info (default), debug, trace
  // or silent. JSON lines under NODE_ENV=production, readable lines otherwise.
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent', '']).optional(),
  // The bearer token Prometheus sends to /api/metrics. Unset: the endpoint answers 404, as if it
  // did not exist (nothing about the process is exposed until an operator asks for it).
  METRICS_TOKEN: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().min(16, 'use at least 16 characters (e.g. `openssl rand -hex 32`)').optional())
    .optional(),
  // OpenTelemetry traces (src/lib/telemetry): exported over OTLP/HTTP when an endpoint is set —
  // a collector, Grafana Tempo, or Langfuse (its OTLP endpoint, with Basic auth in the headers).
  // The exporter reads both itself (OpenTelemetry's standard variables); they are listed here so
  // they are validated and documented. `/v1/traces` is appended to the endpoint.
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
  OTEL_EXPORTER_OTLP_HEADERS: optionalText,
  // Multiplies every rate limit. Only for end-to-end runs, where one browser
  // on one IP signs up more people per hour than any real visitor would.
  RATE_LIMIT_SCALE: z.coerce.number().int().min(1).max(10_000).default(1),
  // A real database (DATABASE_URL) gets the demo accounts only when asked, for a demo deployment.
  SEED_DEMO: z.enum(['1', '0', '']).optional(),
  // Custom domains: the DNS servers verification asks (`1.1.1.1,8.8.8.8` or `127.0.0.1:5353`;
  // unset = the system's), and the addresses an apex domain's A/AAAA records must point at.
  DNS_RESOLVERS: optionalText,
  DOMAIN_A_RECORDS: optionalText,
  // URL analyzer: lets tests analyze sites on loopback (127.0.0.1 and ::1, any port). Refused
  // outright when NODE_ENV=production (see src/modules/analyzer/test-loopback.ts).
  ANALYZER_TEST_LOOPBACK: z.enum(['1', '0', '']).optional(),
  // Outgoing webhooks: lets tests deliver to receivers on loopback (127.0.0.1 and ::1, any port,
  // plain http). Refused outright in production and with a real database (src/modules/webhooks/check-webhook-url.ts).
  WEBHOOKS_TEST_LOOPBACK: z.enum(['1', '0', '']).optional(),
  // Chromium for the analyzer's Lighthouse runs (Debian's by default).
  CHROME_PATH: z.string().default('/usr/bin/chromium'),
  // Lighthouse runs at once (each is a whole Chromium): 1–2 on a small box.
  ANALYZER_CONCURRENCY: z.coerce.number().int().min(1).max(4).default(1),
  // How long a visitor's analysis may take before the page that keeps them ("Email me when it
  // finishes"): 90 s by default; a slow box may need more, and end-to-end runs use less so a
  // site that never answers does not hold the suite for the whole budget.
  ANALYZER_TIMEOUT_SECONDS: z.coerce.number().int().min(10).max(300).default(90),
  // Real-user field data next to the analyzer's lab data: a Google Cloud API key enabled for the
  // Chrome UX Report API. Unset: no field data is asked for or shown. CRUX_API_URL only for tests
  // (the stand-in in tests/fakes/crux); unset is Google's.
  CRUX_API_KEY: optionalText,
  CRUX_API_URL: optionalUrl,
  DOMAIN_AAAA_RECORDS: optionalText,
  // Certificate observation for custom domains (a TLS handshake with the domain's name as SNI).
  // Unset: not observed (the embedded default serves http on localhost, no certificates), and a
  // routed domain is Live. `direct`: connect to the domain itself on 443 (what visitors do).
  // `host:port`: connect there instead (the Caddy in front of this app, e.g. `127.0.0.1:443`).
  // DOMAIN_CERT_CA: a PEM file of extra roots to trust (Caddy's internal CA in tests).
  DOMAIN_CERT_CHECK: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(
      z
        .string()
        .regex(/^(direct|(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5})$/, 'use `direct` or `host:port`')
        .optional(),
    )
    .optional(),
  DOMAIN_CERT_CA: optionalText,
  // Custom domains on Vercel (the app deployed there): domains are added to this Vercel project
  // through the REST API and their verification and DNS configuration read from it. Unset: Caddy's
  // on-demand TLS with its `ask` (nothing to register). VERCEL_API_URL only for tests.
  VERCEL_API_TOKEN: optionalText,
  VERCEL_PROJECT_ID: optionalText,
  VERCEL_TEAM_ID: optionalText,
  VERCEL_API_URL: optionalUrl,
  // RDAP (registration expiry of custom domains): a bootstrap file in IANA's dns.json format.
  // Unset: the bundled one (src/lib/rdap/rdap-bootstrap.json), for the most used endings.
  RDAP_BOOTSTRAP_FILE: optionalText,
  // Web Push (notifications): the VAPID key pair (`npx web-push generate-vapid-keys`) and a contact
  // for push services (mailto: or https:). Unset: a pair is generated once into DATA_DIR/vapid.json.
  VAPID_PUBLIC_KEY: optionalText,
  VAPID_PRIVATE_KEY: optionalText,
  VAPID_SUBJECT: optionalText,
  // Test-only: accept the local push service of tests and end-to-end runs (plain http on loopback).
  // Ignored when DATABASE_URL is set; push otherwise goes only to the browsers' push services.
  PUSH_TEST_SERVICE: z.enum(['1', '0', '']).optional(),
  // The agency's CRM: the analyzer's leads, and the form leads of sites whose owner switched it on,
  // are pushed to HubSpot's contacts (create-or-update by email) with a private app's token (scope
  // crm.objects.contacts.write). Unset: no CRM, the leads stay in our database only. HUBSPOT_API_URL only for tests (the stand-in in tests/fakes/hubspot).
  HUBSPOT_TOKEN: optionalText,
  HUBSPOT_API_URL: optionalUrl,
  // Stock photos for new sites and the image picker: an Unsplash application's access key, and its
  // name as registered there (the `utm_source` of every credit link, as Unsplash's guidelines ask).
  // Unset: no stock photos — layouts that look finished without them, and "add your photos" slots.
  // UNSPLASH_API_URL only for tests (the stand-in in tests/fakes/unsplash).
  UNSPLASH_ACCESS_KEY: optionalText,
  UNSPLASH_APP_NAME: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,60}$/)
    .default('page_magic'),
  UNSPLASH_API_URL: optionalUrl,
  // NFS-e (Brazilian service invoices) for every paid invoice, through NFE.io: an API key, the
  // agency's company id there, and the secret of the webhook created for /api/webhooks/nfse. The
  // municipal registration (inscrição municipal) is the one NFE.io's company holds; it is also
  // named here so the agency's billing view shows which registration issues. City service code
  // and description go on every NFS-e. Unset key: "NFS-e not configured" (nothing is issued; the
  // paid invoices wait, visible to the agency). NFEIO_API_URL only for tests (tests/fakes/nfeio).
  NFEIO_API_KEY: optionalText,
  NFEIO_COMPANY_ID: optionalText,
  NFEIO_WEBHOOK_SECRET: optionalText,
  NFEIO_API_URL: optionalUrl,
  NFSE_MUNICIPAL_REGISTRATION: optionalText,
  NFSE_CITY_SERVICE_CODE: optionalText,
  NFSE_SERVICE_DESCRIPTION: z.string().trim().min(1).max(2000).default('Criação e hospedagem de sites (Page Magic)'),
});

export type Env = z.infer<typeof envSchema>;

/** Every variable this file reads: docs/deploy.md must explain each (tests/ops/deploy-doc.test.ts). */
export const ENV_VARIABLE_NAMES = Object.keys(envSchema.shape) as (keyof Env)[];

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      // Fail fast with the variable names only: values may be secrets.
      const names = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
      throw new Error(`Invalid environment configuration: ${names}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** Tests change process.env between cases; this forgets the parsed copy. */
export function resetEnvCache(): void {
  cached = undefined;
}

/**
 * Whether the published demo password may be used: always on the embedded database (a laptop),
 * on a real database only for an explicit demo deployment (SEED_DEMO=1).
 */
export function isDemoPasswordAllowed(env: Env = getEnv()): boolean {
  return !env.DATABASE_URL || env.SEED_DEMO === '1';
}

export type AdapterSummary = Record<
  'database' | 'auth' | 'ai' | 'jobs' | 'payments' | 'email' | 'storage' | 'rateLimit' | 'errors',
  string
>;

export function describeAdapters(env: Env = getEnv()): AdapterSummary {
  return {
    database: env.DATABASE_URL ? 'postgres' : 'pglite',
    auth: env.NEXT_PUBLIC_SUPABASE_URL && env.NEXT_PUBLIC_SUPABASE_ANON_KEY ? 'supabase' : 'local',
    ai: env.VLLM_BASE_URL ? 'vllm' : env.OPENAI_API_KEY ? 'openai' : 'offline',
    jobs: env.INNGEST_EVENT_KEY || env.INNGEST_DEV ? 'inngest' : 'embedded',
    payments: env.STRIPE_SECRET_KEY ? 'stripe' : 'not-configured',
    email: env.RESEND_API_KEY ? 'resend' : 'outbox',
    storage: env.NEXT_PUBLIC_SUPABASE_URL && env.SUPABASE_SERVICE_ROLE_KEY ? 'supabase' : 'filesystem',
    rateLimit: env.UPSTASH_REDIS_REST_URL ? 'upstash' : env.REDIS_URL ? 'redis' : 'memory',
    errors: env.SENTRY_DSN ? 'sentry' : 'console',
  };
}
