'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { CircleAlert } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { Input } from '@/lib/ui/input';
import { Spinner } from '@/lib/ui/spinner';
import { readFactAction } from '../brief-actions';
import { missingFacts } from '@/modules/brief/missing-facts';
import type { AskedFact, SiteBrief } from '@/modules/brief/site-brief-schema';
import type { SiteBriefState } from './use-site-brief';

type Asked = AskedFact;

/**
 * What the site still needs from the person, asked right here, each skippable: the facts a
 * requested feature needs — hours, a phone, a donation link or PIX key, an address, prices. (The
 * name has its own field above.) Nothing is made up to fill them.
 */
export function BriefMissingFacts({ brief, state, isDisabled }: { brief: SiteBrief; state: SiteBriefState; isDisabled: boolean }) {
  const t = useTranslations('studio.brief.missing');
  const facts: Asked[] = [...new Set(missingFacts(brief).map((entry) => entry.fact))];
  if (brief.features.includes('pricing') && brief.facts.prices.length === 0) facts.push('prices');
  if (facts.length === 0) return null;
  return (
    <div
      className="space-y-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900"
      role="group"
      aria-labelledby="brief-missing-title"
      data-testid="brief-missing-facts"
    >
      <div className="flex gap-2">
        <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <div className="min-w-0 space-y-1">
          <h4 id="brief-missing-title" className="font-medium">
            {t('title')}
          </h4>
          <p>{t('hint')}</p>
        </div>
      </div>
      {facts.map((fact) => (
        <AskFact key={fact} fact={fact} brief={brief} state={state} isDisabled={isDisabled} />
      ))}
    </div>
  );
}

function AskFact({ fact, brief, state, isDisabled }: { fact: Asked; brief: SiteBrief; state: SiteBriefState; isDisabled: boolean }) {
  const t = useTranslations('studio.brief.missing');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'idle' | 'reading' | 'notFound'>('idle');

  async function add() {
    const value = text.trim();
    if (!value) return;
    setStatus('reading');
    const result = await readFactAction({
      fact,
      text: value.slice(0, 300),
      ...(brief.location?.country ? { country: brief.location.country } : {}),
    }).catch(() => null);
    if (!result?.ok || Object.keys(result.data).length === 0) {
      setStatus('notFound');
      return;
    }
    setStatus('idle');
    state.addFacts(result.data);
    setText('');
  }

  const id = `brief-ask-${fact}`;
  return (
    <FormField
      id={id}
      label={t('ask', { fact })}
      hint={t('askHint', { fact })}
      error={status === 'notFound' ? t('notFound', { fact }) : undefined}
    >
      {(field) => (
        <div className="flex gap-2">
          <Input
            {...field}
            value={text}
            maxLength={300}
            disabled={isDisabled || status === 'reading'}
            placeholder={t('placeholder', { fact })}
            className="bg-white"
            onChange={(event) => {
              setText(event.target.value);
              if (status === 'notFound') setStatus('idle');
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void add();
              }
            }}
          />
          <Button
            type="button"
            variant="secondary"
            disabled={isDisabled || !text.trim() || status === 'reading'}
            onClick={() => void add()}
          >
            {status === 'reading' ? <Spinner /> : null}
            {t('add')}
          </Button>
        </div>
      )}
    </FormField>
  );
}
