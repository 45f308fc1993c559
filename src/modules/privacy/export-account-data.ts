import type { VerifiedClaims } from '@/lib/claims';
import { exportProfile } from '@/modules/accounts/export-profile';
import { exportNfse } from '@/modules/billing/list-nfse';
import { exportDomains } from '@/modules/domains/export-domains';
import { exportNotifications } from '@/modules/notifications/export-notifications';
import { listReports } from '@/modules/reports/list-reports';
import { exportTickets } from '@/modules/tickets/export-tickets';
import { unsafeLinkLeadIfSignedUp } from '@/modules/analyzer/link-lead-to-account';
import { unsafeExportAccountLeads } from '@/modules/analyzer/unsafe-export-account-leads';
import { exportSiteHistory } from '@/modules/generate/export-site-history';
import { exportPublishingData } from '@/modules/host/export-publishing-data';
import { exportUsageEvents } from '@/modules/metering/export-usage-events';
import { exportOwnedProjects } from '@/modules/projects/export-owned-projects';
import { exportFiles } from '@/modules/storage/export-files';

export const EXPORT_FORMAT = 'page-magic-export/1';

/**
 * Everything the platform holds about a client, as one JSON document they can download (LGPD
 * art. 18 V / GDPR art. 20): their profile, the audit entries about them, their projects with
 * every saved version, generation, deployment and lead, their custom domains, their files and
 * folders, their usage, their support tickets, their notifications and preferences, the monthly
 * reports made for them (each downloadable as a PDF from the dashboard), the NFS-e issued to them
 * (with the CPF/CNPJ they went to), and the leads they left
 * on the URL analyzer's reports under their proven address. Each module answers
 * for its own tables, under the caller's RLS — an impersonating admin exports the client's data
 * as the client would see it, never anyone else's.
 */
export async function exportAccountData(claims: VerifiedClaims, now = new Date()) {
  const [{ profile, audit }, projects, usage, files, domains, tickets, notifications, reports, serviceInvoices] = await Promise.all([
    exportProfile(claims),
    exportOwnedProjects(claims),
    exportUsageEvents(claims),
    exportFiles(claims),
    exportDomains(claims),
    exportTickets(claims),
    exportNotifications(claims),
    listReports(claims),
    exportNfse(claims),
  ]);
  const ids = projects.map((p) => p.id);
  // Leads left before signing up are linked to the account on the hourly sweep; link now, so the
  // export holds them even when the sweep has not run (only for a proven address: see the function).
  await unsafeLinkLeadIfSignedUp(profile.email);
  const [history, publishing, analyzerLeads] = await Promise.all([
    exportSiteHistory(claims, ids),
    exportPublishingData(claims, ids),
    unsafeExportAccountLeads(claims.sub),
  ]);
  const forProject = <T extends { projectId: string | null }>(rows: T[], id: string) =>
    rows.filter((row) => row.projectId === id).map(({ projectId: _projectId, ...row }) => row);
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    account: profile,
    projects: projects.map((project) => ({
      ...project,
      versions: forProject(history.versions, project.id),
      generations: forProject(history.generations, project.id),
      deployments: forProject(publishing.deployments, project.id),
      leads: forProject(publishing.leads, project.id),
      domains: forProject(domains, project.id),
    })),
    files,
    usage,
    tickets,
    notifications,
    reports,
    serviceInvoices,
    analyzerLeads,
    audit,
  };
}
