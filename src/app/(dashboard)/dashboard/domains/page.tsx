import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/modules/accounts/server-session';
import { getEntitlements } from '@/modules/billing/get-entitlements';
import { listProjects } from '@/modules/projects/list-projects';
import { describeDomainReach } from '@/modules/domains/describe-domain-reach';
import { listDomains } from '@/modules/domains/list-domains';
import { DomainsPanel, type DomainItem } from '@/modules/domains/ui/domains-panel';
import { LocalModeNotice } from '@/modules/domains/ui/local-mode-notice';
import { pageTitle } from '@/lib/i18n/page-title';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.domains');

// RLS decides what listDomains returns; an admin's own page shows their own domains (ownerId).
// Only owners add domains, so only owned projects are offered.
export default async function DomainsPage() {
  const session = await requireSession();
  const [t, projects, domains, entitlements] = await Promise.all([
    getTranslations(),
    listProjects(session.claims),
    listDomains(session.claims, { ownerId: session.claims.sub }),
    getEntitlements(session.claims),
  ]);
  const owned = projects.filter((p) => p.role === 'owner').map((p) => ({ id: p.id, name: p.name }));
  const projectName = new Map(projects.map((p) => [p.id, p.name]));
  const items: DomainItem[] = domains.map((d) => ({
    id: d.id,
    name: d.name,
    displayName: d.displayName,
    projectName: projectName.get(d.projectId) ?? '—',
    isApex: d.isApex,
    isPrimary: d.isPrimary,
    isServing: d.isServing,
    status: d.status,
    lastCheckedAt: d.lastCheckedAt,
    failingSince: d.failingSince,
    releasedAt: d.releasedAt,
    certificate: d.checkResult?.certificate ?? null,
    registrationExpiresAt: d.checkResult?.registration?.expiresAt ?? null,
    records: d.records.map((r) => {
      const checked = d.checkResult?.records.find((c) => c.kind === r.kind && c.host === r.host && c.value === r.value);
      return { kind: r.kind, host: r.host, value: r.value, ok: checked ? checked.ok : null, found: checked?.found ?? [] };
    }),
  }));
  // On a machine DNS cannot reach (localhost), say so and show how it works, before the form.
  const reach = describeDomainReach();
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.domains')} description={t('domains.description')} />
      {reach.isLocal ? <LocalModeNotice rootHost={reach.rootHost} /> : null}
      <DomainsPanel
        projects={owned}
        domains={items}
        quota={{ used: domains.length, limit: entitlements.limits.domains }}
        localTarget={reach.isLocal ? reach.cnameTarget : null}
      />
    </div>
  );
}
