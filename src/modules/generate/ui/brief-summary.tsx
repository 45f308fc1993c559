'use client';

import { useTranslations } from 'next-intl';
import { FileText } from 'lucide-react';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';

/**
 * What the site is being built from, one line above the preview: what the business is, where, how
 * many things the person named and what it must have. The full brief (correctable) is beside it.
 */
export function BriefSummary({ brief }: { brief: SiteBrief }) {
  const t = useTranslations('studio.brief.summary');
  const tb = useTranslations('studio.brief');
  const named = (brief.items ?? []).filter((item) => !item.feature).length;
  const what = brief.what || (uiKindLabel(brief) ?? '');
  const parts = [
    brief.name ? brief.name : t('noName'),
    [what, brief.location?.text].filter(Boolean).join(' · '),
    named > 0 ? t('named', { count: named }) : null,
    brief.features.length > 0 ? brief.features.map((feature) => tb('featureName', { feature })).join(', ') : null,
  ].filter((part): part is string => Boolean(part));
  return (
    <p className="flex items-start gap-2 rounded-lg border border-line bg-white px-3 py-2 text-sm text-muted" data-testid="brief-summary">
      <FileText aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-brand-600" />
      <span>
        <span className="font-medium text-ink">{t('title')}</span> {parts.join(' — ')}
        {(brief.kind.confidence ?? 'certain') === 'certain' ? '' : ` (${t('ownWords')})`}
      </span>
    </p>
  );
}

function uiKindLabel(brief: SiteBrief): string | null {
  return brief.kind.label.en || null;
}
