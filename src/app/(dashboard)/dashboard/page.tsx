import { getEnv } from '@/lib/env';
import { getLocale, getT } from '@/lib/i18n/server-locale';
import { formatDate } from '@/lib/i18n/translate';
import { requireSession } from '@/lib/auth/server-session';
import { listProjects } from '@/modules/projects/list-projects';
import { getProjectQuota } from '@/modules/projects/get-project-quota';
import { CreateProjectForm } from '@/modules/projects/ui/create-project-form';
import { ProjectRow } from '@/modules/projects/ui/project-row';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('nav.projects');

export default async function ProjectsPage() {
  const session = await requireSession();
  const [t, locale, projects, quota] = await Promise.all([getT(), getLocale(), listProjects(session.claims), getProjectQuota(session.claims)]);
  const root = getEnv().ROOT_DOMAIN;
  const tierName = t(`tier.${quota.tier}`);
  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold">{t('dashboard.title')}</h1>
          <p className="text-muted">{t('dashboard.subtitle')}</p>
        </div>
        <p className="text-sm text-muted" data-testid="project-quota">
          {quota.limit === null
            ? t('dashboard.limitUnlimited', { used: quota.used, tier: tierName })
            : t('dashboard.limit', { used: quota.used, limit: quota.limit, tier: tierName })}
        </p>
      </div>
      <section className="card" aria-labelledby="new-project">
        <h2 id="new-project" className="mb-3 text-lg font-semibold">{t('dashboard.newProject')}</h2>
        {quota.isAtLimit ? (
          <p className="mb-3 rounded-xl bg-amber-50 p-3 text-sm text-amber-900">{t('dashboard.limitReached', { tier: tierName, limit: quota.limit ?? 0 })}</p>
        ) : null}
        <CreateProjectForm
          rootDomain={root}
          labels={{
            name: t('dashboard.projectName'),
            slug: t('dashboard.projectSlug'),
            slugHint: t('dashboard.slugHint'),
            create: t('dashboard.create'),
            working: t('auth.working'),
            upgrade: t('dashboard.upgrade'),
          }}
        />
      </section>
      {projects.length === 0 ? (
        <div className="rounded-2xl border-2 border-dashed border-gray-300 p-10 text-center text-muted">{t('dashboard.empty')}</div>
      ) : (
        <ul className="space-y-3" aria-label={t('nav.projects')}>
          {projects.map((p) => (
            <ProjectRow
              key={p.id}
              project={{ id: p.id, name: p.name, slug: p.slug, createdLabel: formatDate(p.createdAt, locale) }}
              siteUrl={`${p.slug}.${root}`}
              canManage={p.role === 'owner'}
              labels={{
                rename: t('dashboard.rename'),
                save: t('dashboard.save'),
                cancel: t('dashboard.cancel'),
                delete: t('dashboard.delete'),
                deleteConfirm: t('dashboard.deleteConfirm'),
                created: t('dashboard.created'),
                working: t('auth.working'),
                name: t('dashboard.projectName'),
                slug: t('dashboard.projectSlug'),
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
