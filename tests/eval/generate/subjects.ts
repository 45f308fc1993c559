import type { SiteDocument } from '../../../src/modules/document/site-document-schema';
import { composeOfflineSite } from '../../../src/modules/composer/compose-offline-site';
import { extractSiteBrief } from '../../../src/modules/generate/extract-site-brief';
import { missingFacts } from '../../../src/modules/brief/missing-facts';
import type { EvalCase } from './eval-case';

export type Understood = {
  kind: string;
  name: string | null;
  languages: readonly string[];
  place?: string | null;
  /** Features the brief says were asked for without their facts (the studio's brief panel asks for them). */
  awaitingFacts?: readonly string[];
  /** Words of the prompt the brief says it did not use, and why ("site: landing page"). */
  unused?: readonly string[];
};

export type EvalSubject = {
  id: string;
  label: string;
  /** Run only when asked for with --subject. */
  isOptIn: boolean;
  run(c: EvalCase): Promise<{ understood: Understood; document: SiteDocument }>;
};

const offline: EvalSubject = {
  id: 'offline',
  label: 'offline composer (brief → site)',
  isOptIn: false,
  async run(c) {
    const uiLocale = c.lang.startsWith('pt') ? 'pt-BR' : 'en';
    const brief = extractSiteBrief({ prompt: c.prompt, fallbackLocales: [uiLocale] });
    const document = composeOfflineSite({ prompt: c.prompt, locales: brief.languages });
    return {
      understood: {
        kind: brief.kind.id,
        name: brief.name,
        languages: brief.languages,
        place: brief.location?.text ?? null,
        awaitingFacts: missingFacts(brief).map((entry) => entry.feature),
        unused: (brief.unused ?? []).map((entry) => entry.words),
      },
      document,
    };
  },
};

export function subjects(): EvalSubject[] {
  return [offline];
}
