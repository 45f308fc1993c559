import { getTranslations } from 'next-intl/server';
import { Alert } from '@/lib/ui/alert';
import type { ReadOnlyProject } from '../list-read-only-projects';
import { UpgradeLink } from './upgrade-link';

/**
 * Says exactly what a project beyond the plan may no longer do, why, and how to lift it. The
 * database enforces the same rule (supabase/migrations/20261201000100_read_only_over_plan.sql).
 */
export async function ReadOnlyProjectNotice({ readOnly }: { readOnly: ReadOnlyProject }) {
  const [t, tTier] = await Promise.all([getTranslations('billing.readOnly'), getTranslations('tier')]);
  return (
    <Alert variant="warning" role="note" data-testid="read-only-notice">
      <p className="font-semibold">{t('title')}</p>
      <p>{t('why', { tier: tTier('name', { tier: readOnly.tier }), limit: readOnly.maxProjects })}</p>
      <p>{t('what')}</p>
      <p>
        {t('lift')} <UpgradeLink limit="projects" look="link" />
      </p>
    </Alert>
  );
}

/** On the projects list: which sites are read-only, by name. */
export async function ReadOnlySummary({ names, readOnly }: { names: string[]; readOnly: ReadOnlyProject }) {
  const [t, tTier] = await Promise.all([getTranslations('billing.readOnly'), getTranslations('tier')]);
  return (
    <Alert variant="warning" role="note" data-testid="read-only-summary">
      <p className="font-semibold">{t('summaryTitle', { count: names.length })}</p>
      <p>{t('why', { tier: tTier('name', { tier: readOnly.tier }), limit: readOnly.maxProjects })}</p>
      <ul className="list-disc ps-5">
        {names.map((name) => (
          <li key={name} className="break-words">
            {name}
          </li>
        ))}
      </ul>
      <p>{t('what')}</p>
      <p>
        {t('lift')} <UpgradeLink limit="projects" look="link" />
      </p>
    </Alert>
  );
}
