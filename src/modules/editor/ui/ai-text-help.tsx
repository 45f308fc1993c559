'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Sparkles } from 'lucide-react';
import { textHelpModes } from '@/modules/generate/suggest-text-modes';
import { Button } from '@/lib/ui/button';
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from '@/lib/ui/sheet';
import { Spinner } from '@/lib/ui/spinner';
import { suggestTextAction } from '../ai-text-actions';
import type { EditOperation } from '../edit-operation';
import { toolLabelClass } from './tool-label';

type Mode = (typeof textHelpModes)[number];
type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; suggestions: string[] } | { kind: 'error'; message: string };

/**
 * AI help on the text last picked on the canvas: shorter, more formal, more casual, or three
 * alternatives (for a headline). The suggestions are only shown; the one the person picks is
 * applied as a text edit — one undo step.
 */
export function AiTextHelp({
  projectId,
  locale,
  textKey,
  text,
  apply,
}: {
  projectId: string;
  locale: string;
  textKey: string | null;
  text: string;
  apply: (op: EditOperation) => void;
}) {
  const t = useTranslations('editor.aiHelp');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [applied, setApplied] = useState(false);

  const ask = async (mode: Mode) => {
    setState({ kind: 'working' });
    setApplied(false);
    const result = await suggestTextAction({ projectId, locale, text, mode }).catch(() => null);
    if (!result || !result.ok) return setState({ kind: 'error', message: result?.error.message ?? t('failed') });
    setState(
      result.data.suggestions.length > 0 ? { kind: 'done', suggestions: result.data.suggestions } : { kind: 'error', message: t('failed') },
    );
  };

  return (
    <Sheet modal={false} onOpenChange={() => setState({ kind: 'idle' })}>
      <SheetTrigger asChild>
        <Button variant="secondary" title={t('open')} data-testid="open-ai-help">
          <Sparkles aria-hidden="true" />
          <span className={toolLabelClass}>{t('open')}</span>
        </Button>
      </SheetTrigger>
      <SheetContent
        closeLabel={t('close')}
        className="space-y-4 overflow-y-auto p-4 pt-14"
        onInteractOutside={(event) => event.preventDefault()}
      >
        <SheetTitle>{t('title')}</SheetTitle>
        <SheetDescription className="text-sm text-muted">{t('description')}</SheetDescription>
        {textKey && text.trim() ? (
          <>
            <section aria-labelledby="ai-help-current" className="space-y-1">
              <h3 id="ai-help-current" className="text-sm font-semibold">
                {t('current')}
              </h3>
              <p lang={locale} className="rounded-xl border border-gray-200 bg-gray-50 p-3 text-sm break-words" data-testid="ai-help-text">
                {text}
              </p>
            </section>
            <div className="grid grid-cols-2 gap-2">
              {textHelpModes.map((mode) => (
                <Button key={mode} variant="secondary" disabled={state.kind === 'working'} onClick={() => void ask(mode)}>
                  {t('mode', { mode })}
                </Button>
              ))}
            </div>
            <div role="status" className="text-sm">
              {state.kind === 'working' ? (
                <span className="flex items-center gap-2">
                  <Spinner />
                  {t('working')}
                </span>
              ) : applied ? (
                t('applied')
              ) : null}
            </div>
            {state.kind === 'error' ? (
              <p role="alert" className="text-sm text-red-700">
                {state.message}
              </p>
            ) : null}
            {state.kind === 'done' ? (
              <section aria-labelledby="ai-help-suggestions" className="space-y-2">
                <h3 id="ai-help-suggestions" className="text-sm font-semibold">
                  {t('suggestions')}
                </h3>
                <ul className="space-y-2" data-testid="ai-help-suggestions">
                  {state.suggestions.map((suggestion) => (
                    <li key={suggestion} className="space-y-2 rounded-xl border border-gray-200 p-3">
                      <p lang={locale} className="text-sm break-words">
                        {suggestion}
                      </p>
                      <Button
                        size="compact"
                        onClick={() => {
                          apply({ op: 'set-text', locale, key: textKey, value: suggestion });
                          setApplied(true);
                          setState({ kind: 'idle' });
                        }}
                      >
                        {t('use')}
                      </Button>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        ) : (
          <p className="text-sm text-muted">{t('noText')}</p>
        )}
      </SheetContent>
    </Sheet>
  );
}
