import type { Translate } from '@/lib/i18n/translate';

/**
 * Every text the studio shows, resolved on the server in the person's language and handed to
 * the client components as plain strings. Templates keep their `{placeholders}`; the client
 * fills them with `fill`.
 */
export function studioLabels(t: Translate) {
  return {
    offlineNotice: t('studio.offlineNotice'),
    viewOnly: t('studio.viewOnly'),
    quota: t('studio.quota'),
    quotaUnlimited: t('studio.quotaUnlimited'),
    quotaReached: t('studio.quotaReached'),
    upgrade: t('dashboard.upgrade'),
    working: t('auth.working'),
    form: {
      title: t('studio.newSite'),
      prompt: t('studio.prompt'),
      promptHint: t('studio.promptHint'),
      promptPlaceholder: t('studio.promptPlaceholder'),
      promptCount: t('studio.promptCount'),
      promptRequired: t('studio.promptRequired'),
      promptTooLong: t('studio.promptTooLong'),
      languages: t('studio.languages'),
      languagesRequired: t('studio.languagesRequired'),
      defaultLanguage: t('studio.defaultLanguage'),
      defaultLanguageHint: t('studio.defaultLanguageHint'),
      style: t('studio.style'),
      styles: {
        auto: t('studio.style.auto'),
        minimal: t('studio.style.minimal'),
        bold: t('studio.style.bold'),
        elegant: t('studio.style.elegant'),
        playful: t('studio.style.playful'),
      },
      kind: t('studio.kind'),
      kinds: {
        auto: t('studio.kind.auto'),
        bakery: t('studio.kind.bakery'),
        restaurant: t('studio.kind.restaurant'),
        cafe: t('studio.kind.cafe'),
        salon: t('studio.kind.salon'),
        gym: t('studio.kind.gym'),
        dentist: t('studio.kind.dentist'),
        lawyer: t('studio.kind.lawyer'),
        photographer: t('studio.kind.photographer'),
        agency: t('studio.kind.agency'),
        shop: t('studio.kind.shop'),
        other: t('studio.kind.other'),
      },
      generate: t('studio.generate'),
      regenerate: t('studio.regenerate'),
      regenerateHint: t('studio.regenerateHint'),
      keepDraft: t('studio.keepDraft'),
    },
    status: {
      progressLabel: t('studio.progressLabel'),
      planning: t('studio.status.planning'),
      writing: t('studio.status.writing'),
      saved: t('studio.status.saved'),
      cancelled: t('studio.status.cancelled'),
      failed: t('studio.status.failed'),
      firstSection: t('studio.announce.firstSection'),
      cancel: t('studio.cancel'),
      partialNotice: t('studio.partialNotice'),
      continue: t('studio.continue'),
      showSaved: t('studio.showSaved'),
      servedBy: t('studio.servedBy'),
      offlineProvider: t('studio.provider.offline'),
    },
    preview: {
      title: t('studio.preview'),
      jump: t('studio.previewJump'),
      empty: t('studio.previewEmpty'),
      failed: t('studio.previewFailed'),
      language: t('studio.previewLanguage'),
      device: t('studio.device'),
      devices: { phone: t('studio.device.phone'), tablet: t('studio.device.tablet'), desktop: t('studio.device.desktop') },
      draftVersion: t('studio.draftVersion'),
    },
    edit: {
      title: t('studio.edit'),
      sections: t('studio.sections'),
      rewrite: t('studio.rewrite'),
      rewriteLabel: t('studio.rewriteLabel'),
      rewritePlaceholder: t('studio.rewritePlaceholder'),
      rewriteSubmit: t('studio.rewriteSubmit'),
      rewriteRequired: t('studio.rewriteRequired'),
      suggestions: t('studio.suggestions'),
      suggestionList: [t('studio.suggestion.shorter'), t('studio.suggestion.formal'), t('studio.suggestion.delivery')],
      addSection: t('studio.addSection'),
      sectionType: t('studio.sectionType'),
      position: t('studio.position'),
      positionEnd: t('studio.position.end'),
      positionTop: t('studio.position.top'),
      positionAfter: t('studio.position.after'),
      addSectionSubmit: t('studio.addSectionSubmit'),
      addLocale: t('studio.addLocale'),
      locale: t('studio.locale'),
      addLocaleSubmit: t('studio.addLocaleSubmit'),
      allLocalesAdded: t('studio.allLocalesAdded'),
    },
    errors: {
      quota: t('studio.error.quota'),
      rateLimited: t('studio.error.rateLimited'),
      notFound: t('studio.error.notFound'),
      refused: t('studio.error.refused'),
      network: t('studio.error.network'),
      interrupted: t('studio.error.interrupted'),
      generic: t('studio.error.generic'),
    },
  };
}

export type StudioLabels = ReturnType<typeof studioLabels>;

/** Fills `{name}` placeholders of a label template; unknown names are left as they are. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : match));
}
