import type { OfflineComposer } from './engine/generation-types';
import type { OfflineLocaleComposer } from './engine/add-locale';
import { composeOfflineSite } from '@/modules/composer/compose-offline-site';
import { composeOfflineSection } from '@/modules/composer/compose-offline-section';
import { addLocaleOffline } from '@/modules/composer/translate-offline';

/** The engine's offline fallback (and the embedded default): the deterministic phrase-bank composer. */
export const offlineComposer: OfflineComposer & OfflineLocaleComposer = {
  composeSite: (input) =>
    composeOfflineSite({
      prompt: input.prompt,
      locales: input.locales,
      style: input.style,
      businessKind: input.businessKind,
      seed: input.seed,
      brief: input.brief,
    }),
  composeSection: (document, request) => composeOfflineSection(document, request),
  addLocale: (document, locale) => addLocaleOffline(document, locale),
};
