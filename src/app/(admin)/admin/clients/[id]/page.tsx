import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getLocale, getT } from '@/lib/i18n/server-locale';
import { formatDate } from '@/lib/i18n/translate';
import { requireAdmin } from '@/lib/auth/server-session';
import { isAppError } from '@/lib/errors';
import { getClientDetail } from '@/modules/accounts/get-client-detail';
import { AdminClientActions } from '@/modules/accounts/ui/admin-client-actions';
import { AuditTable } from '@/modules/accounts/ui/audit-table';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('admin.clientDetail');

export default async function AdminClientPage({ params }: { params: Promise<{ id: string }> }) {
  const { claims } = await requireAdmin();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const detail = await getClientDetail(claims, { clientId: id.data }).catch((err: unknown) => {
    if (isAppError(err) && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const { profile } = detail;
  return (
    <div className="space-y-6">
      <Link href="/admin" className="text-sm text-brand-700 underline">← {t('admin.back')}</Link>
      <div className="card space-y-1">
        <h1 className="break-all text-2xl font-bold">{profile.email}</h1>
        <p className="text-muted">
          {profile.displayName ? `${profile.displayName} · ` : ''}{profile.userType} · {t(`tier.${profile.tier}`)} · {profile.accountStatus} · {profile.subscriptionStatus}
        </p>
        <p className="text-sm text-muted">{t('admin.joined')}: {formatDate(profile.createdAt, locale)}</p>
      </div>
      <AdminClientActions
        clientId={profile.id}
        currentTier={profile.tier}
        canImpersonate={profile.userType === 'client'}
        labels={{
          changeTier: t('admin.changeTier'),
          save: t('dashboard.save'),
          impersonate: t('admin.impersonate'),
          reason: t('admin.impersonateReason'),
          hint: t('admin.impersonateHint'),
          working: t('auth.working'),
          tiers: { free: t('tier.free'), basic: t('tier.basic'), pro: t('tier.pro'), enterprise: t('tier.enterprise') },
        }}
      />
      <section className="space-y-2" aria-labelledby="client-projects">
        <h2 id="client-projects" className="text-lg font-semibold">{t('nav.projects')} ({detail.projects.length})</h2>
        <ul className="space-y-1">
          {detail.projects.map((p) => (
            <li key={p.id} className="rounded-lg bg-white px-3 py-2 text-sm">{p.name} <span className="font-mono text-muted">({p.slug})</span></li>
          ))}
        </ul>
      </section>
      <section className="space-y-2" aria-labelledby="client-activity">
        <h2 id="client-activity" className="text-lg font-semibold">{t('admin.recentAudit')}</h2>
        <AuditTable rows={detail.activity.map((a) => ({ ...a, actorEmail: null, subjectEmail: null }))} t={t} locale={locale} />
      </section>
    </div>
  );
}
