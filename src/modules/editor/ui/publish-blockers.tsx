'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/translate';
import type { SampleFinding } from '@/modules/build/find-samples';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { sectionTypeLabel } from '@/modules/generate/ui/section-names';
import { Alert, AlertTitle } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';

/**
 * What still stops this draft from being published (the pre-publish `samples` check, run here on
 * every change), each in plain words with a button to the section it is in. The list shrinks as
 * the person fixes things, so nobody finds out only after pressing Publish.
 */
export function PublishBlockers({
  document,
  findings,
  onShow,
}: {
  document: SiteDocument;
  findings: SampleFinding[];
  onShow: (finding: SampleFinding) => void;
}) {
  const t = useTranslations('editor.blockers');
  const uiLocale = useLocale() as Locale;
  if (findings.length === 0) return null;
  const strings = document.i18n.strings[document.i18n.defaultLocale] ?? {};
  // The section as the person sees it on their page — its own heading ("Prices", "Class schedule")
  // — and its type's name only when it has none: a yoga studio's price list is a menu-type
  // section, and "Menu: 1 sample dish" would describe another business.
  const sectionName = (pageSlug: string, sectionId: string) => {
    const section = document.pages.find((page) => page.slug === pageSlug)?.sections.find((candidate) => candidate.id === sectionId);
    if (!section) return sectionId;
    const titleKey = 'titleKey' in section && typeof section.titleKey === 'string' ? section.titleKey : undefined;
    const title = titleKey ? strings[titleKey]?.trim() : undefined;
    return title || sectionTypeLabel(section.type, uiLocale);
  };
  const textOf = (finding: SampleFinding) => {
    switch (finding.kind) {
      case 'name':
        return t('name');
      case 'post': {
        const page = document.pages.find((candidate) => candidate.slug === finding.pageSlug);
        return t('post', { title: (page && strings[page.titleKey]) || finding.pageSlug });
      }
      case 'phone':
        return t('phone', { section: sectionName(finding.pageSlug, finding.sectionId) });
      case 'items':
        return t('items', {
          section: sectionName(finding.pageSlug, finding.sectionId),
          kind: ['team', 'testimonials', 'hours', 'pricing', 'menu', 'services'].includes(finding.sectionType)
            ? finding.sectionType
            : 'other',
          count: finding.count,
        });
    }
  };
  return (
    <Alert variant="warning" data-testid="publish-blockers">
      <AlertTitle>{t('title')}</AlertTitle>
      <ul className="mt-2 space-y-1" aria-live="polite">
        {findings.map((finding) => {
          const text = textOf(finding);
          const key =
            finding.kind === 'name' ? 'name' : `${finding.kind}:${finding.pageSlug}:${'sectionId' in finding ? finding.sectionId : ''}`;
          return (
            <li key={key} className="flex flex-wrap items-center justify-between gap-2" data-testid="publish-blocker">
              <span className="min-w-0 break-words">{text}</span>
              {finding.kind === 'name' ? null : (
                <Button variant="secondary" size="compact" aria-label={t('showNamed', { what: text })} onClick={() => onShow(finding)}>
                  {t('show')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
