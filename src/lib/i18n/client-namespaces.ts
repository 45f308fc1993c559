// The messages each area of the app sends to the browser: one list per area, the only place it is
// written. The root layout's provider used to send the whole catalogue (~141 KB of every area's
// messages in every page's HTML, issue 37); now each area's layout wraps its subtree in
// <ClientMessages area="…"> (client-messages.tsx), which sends only these namespaces. Server
// components translate with getTranslations and need nothing here.
//
// A path is a top-level namespace or a deeper one (`errors.generate` sends that group only).
// client-namespaces.test.ts reads every browser-side file each area's routes reach and fails when
// one translates with a namespace (or writes a whole key) its area does not send here — so a missing
// message is a red test, never a raw key on a person's screen.

export const CLIENT_MESSAGE_AREAS = {
  /** Everything not under another area: the route error page, /offline, /docs, unsubscribe links. */
  root: { dir: 'src/app', namespaces: ['error', 'offline'] },
  /** The landing page and the legal pages: server-rendered text only. */
  marketing: { dir: 'src/app/(marketing)', namespaces: [] },
  /** The public analyzer, its report and the report's lead form. */
  analyze: { dir: 'src/app/(marketing)/analyze', namespaces: ['analyzer', 'analyzerLeads.form'] },
  auth: { dir: 'src/app/(auth)', namespaces: ['account.twoFactor', 'auth', 'common', 'team.accept'] },
  dashboard: {
    dir: 'src/app/(dashboard)/dashboard',
    namespaces: [
      'account',
      'adminTickets',
      'apiKeys',
      'billing',
      'common',
      'dashboard',
      'domains',
      'empty',
      'errors.common',
      'errors.generate',
      'files',
      'insightsTraffic',
      'insightsUptime',
      'leadDestinations',
      'notifications',
      'performance',
      'publish',
      'studio',
      'team',
      'tickets',
      'tier',
      'upgrade',
      'usage.daily',
      'webhooks',
    ],
  },
  editor: {
    dir: 'src/app/(editor)/dashboard',
    namespaces: ['common', 'editor', 'errors.editor', 'files', 'notifications.app', 'publish', 'tier', 'upgrade'],
  },
  admin: {
    dir: 'src/app/(admin)/admin',
    namespaces: [
      'admin',
      'adminAnalyzer',
      'adminTickets',
      'common',
      'domains',
      'errors.legal',
      'files',
      'reports.admin',
      'tickets',
      'tier',
      'ui.dataTable',
      'upgrade',
    ],
  },
} as const satisfies Record<string, { dir: string; namespaces: readonly string[] }>;

export type ClientMessageArea = keyof typeof CLIENT_MESSAGE_AREAS;

type Catalog = { [key: string]: string | Catalog };

/** The parts of `messages` under `paths` (dotted), nested as in the catalogue. */
export function pickMessages(messages: Catalog, paths: readonly string[]): Catalog {
  const out: Catalog = {};
  for (const dotted of paths) {
    const parts = dotted.split('.');
    let from: string | Catalog | undefined = messages;
    for (const part of parts) from = typeof from === 'object' ? from[part] : undefined;
    if (from === undefined) continue;
    let into = out;
    for (const part of parts.slice(0, -1)) {
      const next: string | Catalog | undefined = into[part];
      into = into[part] = typeof next === 'object' ? next : {};
    }
    into[parts.at(-1)!] = from;
  }
  return out;
}
