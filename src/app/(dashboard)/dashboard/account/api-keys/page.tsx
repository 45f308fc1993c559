import { getTranslations } from 'next-intl/server';
import { getAgencyRole } from '@/modules/accounts/get-agency-role';
import { requireSession } from '@/modules/accounts/server-session';
import { listApiKeys } from '@/modules/api/list-api-keys';
import { listProjects } from '@/modules/projects/list-projects';
import { ApiKeysManager } from '@/modules/api/ui/api-keys-manager';
import { pageTitle } from '@/lib/i18n/page-title';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('apiKeys.title');

export default async function ApiKeysPage() {
  const session = await requireSession();
  const [t, keys, agencyRole, projects] = await Promise.all([
    getTranslations('apiKeys'),
    listApiKeys(session.claims),
    getAgencyRole(session.claims),
    listProjects(session.claims),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      {/* No new keys while an admin acts as the client: a key would outlive the impersonation (RLS refuses it too). */}
      <ApiKeysManager
        keys={keys}
        projects={projects.map((p) => ({ id: p.id, name: p.name }))}
        isAgencyAdmin={agencyRole === 'admin'}
        canCreate={!session.impersonation}
      />
    </div>
  );
}
