'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Languages } from 'lucide-react';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { Button } from '@/lib/ui/button';
import { Spinner } from '@/lib/ui/spinner';
import { translateMissingAction } from '../ai-text-actions';
import type { EditOperation } from '../edit-operation';

/** The schema's largest batch; more texts go as a batch of batches (still one undo step). */
const BATCH = 50;

function asOneStep(ops: EditOperation[]): EditOperation {
  if (ops.length <= BATCH) return { op: 'batch', ops };
  const groups: EditOperation[] = [];
  for (let start = 0; start < ops.length; start += BATCH) groups.push({ op: 'batch', ops: ops.slice(start, start + BATCH) });
  return { op: 'batch', ops: groups };
}

type Outcome = { kind: 'done'; translated: number; left: number } | { kind: 'needsAi'; left: number } | { kind: 'error'; message: string };

/**
 * "Translate what is missing": sends the default-language texts of the keys this language lacks
 * to the add-language path and applies the answers as one undoable step. Without an AI model
 * only the offline phrase library's own texts can be translated; the rest is said plainly.
 */
export function TranslateMissing({
  projectId,
  document,
  locale,
  keys,
  apply,
}: {
  projectId: string;
  document: SiteDocument;
  locale: string;
  keys: readonly string[];
  apply: (op: EditOperation) => void;
}) {
  const t = useTranslations('editor.translateMissing');
  const [isWorking, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async () => {
    const source = document.i18n.strings[document.i18n.defaultLocale] ?? {};
    const texts = Object.fromEntries(keys.filter((key) => source[key]?.trim()).map((key) => [key, source[key]!]));
    if (Object.keys(texts).length === 0) return;
    setWorking(true);
    setOutcome(null);
    const result = await translateMissingAction({ projectId, locale, texts }).catch(() => null);
    setWorking(false);
    if (!result || !result.ok) return setOutcome({ kind: 'error', message: result?.error.message ?? t('failed') });
    const ops: EditOperation[] = Object.entries(result.data.translations).map(([key, value]) => ({ op: 'set-text', locale, key, value }));
    if (ops.length > 0) apply(asOneStep(ops));
    const left = result.data.untranslatedKeys.length;
    setOutcome(ops.length === 0 ? { kind: 'needsAi', left } : { kind: 'done', translated: ops.length, left });
  };

  return (
    <div className="mt-2 space-y-2" data-testid="translate-missing">
      <Button size="compact" variant="secondary" disabled={isWorking} onClick={() => void run()}>
        {isWorking ? <Spinner /> : <Languages aria-hidden="true" />}
        {t('button', { count: keys.length })}
      </Button>
      <p role="status" className="text-sm">
        {isWorking
          ? t('working', { count: keys.length })
          : outcome?.kind === 'done'
            ? t('done', { count: outcome.translated, left: outcome.left })
            : outcome?.kind === 'needsAi'
              ? t('needsAi', { count: outcome.left })
              : null}
      </p>
      {outcome?.kind === 'error' ? (
        <p role="alert" className="text-sm text-red-700">
          {outcome.message}
        </p>
      ) : null}
    </div>
  );
}
