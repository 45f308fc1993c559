/**
 * What needs a client's attention on the dashboard home, most urgent first. The order is the
 * product's answer to "what do I do first":
 *  1. site_down — a live site is not answering (an open incident): visitors are turned away now;
 *  2. domain_problem — a custom domain's records stopped pointing at us: it stops being served
 *     after a grace period, so it is next;
 *  3. past_due — the payment failed: publishing is paused (live sites keep serving);
 *  4. performance_drop — a site's score dropped or a Core Web Vital turned poor;
 *  5. publish_failed — the newest publish attempt failed (the previous version is still live);
 *  6. ticket_waiting — the agency answered a ticket and waits for the client.
 * Within one kind, the longest-standing comes first (it has waited longest).
 */
export const ATTENTION_KINDS = ['site_down', 'domain_problem', 'past_due', 'performance_drop', 'publish_failed', 'ticket_waiting'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

export type AttentionItem = {
  kind: AttentionKind;
  /** Since when (an incident's start, a domain's first failed check, the ticket's last update…); null when unknown. */
  since: Date | null;
  /** The site it is about, when it is about one. */
  projectId: string | null;
  projectName: string | null;
  /** A name to show: the host that is down, the domain, the grade it dropped to… */
  subject: string | null;
  /** How many, when the item stands for several (tickets waiting). */
  count?: number;
  /** Where to fix it. */
  href: string;
};

const rank = new Map<AttentionKind, number>(ATTENTION_KINDS.map((kind, i) => [kind, i]));

export function rankAttention(items: readonly AttentionItem[]): AttentionItem[] {
  return [...items].sort(
    (a, b) =>
      rank.get(a.kind)! - rank.get(b.kind)! ||
      (a.since?.getTime() ?? Number.MAX_SAFE_INTEGER) - (b.since?.getTime() ?? Number.MAX_SAFE_INTEGER) ||
      (a.projectName ?? '').localeCompare(b.projectName ?? '') ||
      (a.subject ?? '').localeCompare(b.subject ?? ''),
  );
}

/**
 * A site's state on the home, in one word: not published yet; down (published and not
 * answering); needs attention (published, answering, but something on the list above is about
 * it); live.
 */
export type SiteStatus = 'live' | 'down' | 'needs_attention' | 'not_published';

export function siteStatus(site: { isPublished: boolean; isDown: boolean; hasProblem: boolean }): SiteStatus {
  if (!site.isPublished) return 'not_published';
  if (site.isDown) return 'down';
  return site.hasProblem ? 'needs_attention' : 'live';
}
