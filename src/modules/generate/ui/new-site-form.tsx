'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Sparkles } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { Card, CardDescription, CardTitle } from '@/lib/ui/card';
import { FormField } from '@/lib/ui/form-field';
import { NativeSelect } from '@/lib/ui/native-select';
import { Textarea } from '@/lib/ui/textarea';
import type { GenerateRequest } from '../wire';
import { effectiveDefault, LanguageFields, orderedLocales } from './language-fields';
import { QUOTA_REACHED_ID } from './quota-line';
import { CREATE_LOCALES, KIND_CHOICES, PROMPT_MAX, PROMPT_MIN, STYLE_CHOICES, type KindChoice, type StyleChoice } from './studio-options';

type Errors = { prompt?: string; locales?: string };

/** "Describe your site" → a generation request. Validates like the server so mistakes show at once. */
export function NewSiteForm({
  initialLocales,
  initial,
  isRegenerating,
  isBusy,
  isAtLimit,
  onGenerate,
  onClose,
}: {
  initialLocales: string[];
  /** The last request (prompt, languages, style, kind): "Regenerate" starts from it. */
  initial?: { prompt: string; locales: string[]; style?: string; businessKind?: string } | null;
  isRegenerating: boolean;
  isBusy: boolean;
  isAtLimit: boolean;
  onGenerate: (request: GenerateRequest) => void;
  onClose: (() => void) | null;
}) {
  const t = useTranslations('studio.form');
  const tc = useTranslations('common');
  const id = useId();
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const languagesRef = useRef<HTMLDivElement>(null);
  const [prompt, setPrompt] = useState(initial?.prompt ?? '');
  const startLocales = initial?.locales.filter((l) => (CREATE_LOCALES as readonly string[]).includes(l)) ?? [];
  const [locales, setLocales] = useState<string[]>(startLocales.length > 0 ? startLocales : initialLocales);
  // The last request's first language was its default.
  const [chosenDefault, setChosenDefault] = useState<string | null>(startLocales.length > 1 ? startLocales[0]! : null);
  const [style, setStyle] = useState<StyleChoice | ''>(
    (STYLE_CHOICES as readonly string[]).includes(initial?.style ?? '') ? (initial!.style as StyleChoice) : '',
  );
  const [kind, setKind] = useState<KindChoice | ''>(
    (KIND_CHOICES as readonly string[]).includes(initial?.businessKind ?? '') ? (initial!.businessKind as KindChoice) : '',
  );
  const [errors, setErrors] = useState<Errors>({});

  function validate(): Errors {
    const text = prompt.trim();
    const next: Errors = {};
    if (text.length < PROMPT_MIN) next.prompt = t('promptRequired');
    else if (text.length > PROMPT_MAX) next.prompt = t('promptTooLong', { max: PROMPT_MAX });
    if (orderedLocales(locales).length === 0) next.locales = t('languagesRequired');
    return next;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (found.prompt) return promptRef.current?.focus();
    if (found.locales) return languagesRef.current?.querySelector<HTMLElement>('[role="checkbox"]')?.focus();
    const defaultLocale = effectiveDefault(locales, chosenDefault);
    const ordered = orderedLocales(locales);
    onGenerate({
      prompt: prompt.trim(),
      // The first locale is the site's default.
      locales: (defaultLocale
        ? [defaultLocale, ...ordered.filter((locale) => locale !== defaultLocale)]
        : ordered) as GenerateRequest['locales'],
      ...(style ? { style } : {}),
      ...(kind && kind !== 'other' ? { businessKind: kind } : {}),
      // A fresh seed per run, so "Regenerate" offers a different draft rather than the same one.
      seed: Math.floor(Math.random() * 2 ** 31),
    });
  }

  return (
    <Card>
      <section className="space-y-4" aria-labelledby={`${id}-title`}>
        <div className="space-y-1">
          <CardTitle id={`${id}-title`}>{isRegenerating ? t('regenerate') : t('title')}</CardTitle>
          {isRegenerating ? <CardDescription>{t('regenerateHint')}</CardDescription> : null}
        </div>
        <form className="space-y-4" onSubmit={submit} noValidate>
          <FormField
            id={`${id}-prompt`}
            label={t('prompt')}
            error={errors.prompt}
            hint={
              <span className="flex flex-wrap justify-between gap-x-3 text-xs">
                <span>{t('promptHint')}</span>
                <span className="tabular-nums">{t('promptCount', { count: prompt.length, max: PROMPT_MAX })}</span>
              </span>
            }
          >
            {(field) => (
              <Textarea
                {...field}
                ref={promptRef}
                className="min-h-32"
                required
                maxLength={PROMPT_MAX}
                rows={5}
                value={prompt}
                placeholder={t('promptPlaceholder')}
                disabled={isBusy}
                onChange={(event) => setPrompt(event.target.value)}
              />
            )}
          </FormField>
          <div ref={languagesRef}>
            <LanguageFields
              checked={locales}
              chosenDefault={chosenDefault}
              onCheckedChange={(next) => {
                setLocales(next);
                if (errors.locales && next.length > 0) setErrors({ ...errors, locales: undefined });
              }}
              onDefaultChange={setChosenDefault}
              error={errors.locales}
              disabled={isBusy}
            />
          </div>
          <div className="grid gap-3">
            <FormField id={`${id}-style`} label={t('style')}>
              {(field) => (
                <NativeSelect
                  {...field}
                  value={style}
                  disabled={isBusy}
                  onChange={(event) => setStyle(STYLE_CHOICES.find((s) => s === event.target.value) ?? '')}
                >
                  <option value="">{t('styleAuto')}</option>
                  {STYLE_CHOICES.map((choice) => (
                    <option key={choice} value={choice}>
                      {t('styleName', { style: choice })}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormField>
            <FormField id={`${id}-kind`} label={t('kind')}>
              {(field) => (
                <NativeSelect
                  {...field}
                  value={kind}
                  disabled={isBusy}
                  onChange={(event) => setKind(KIND_CHOICES.find((k) => k === event.target.value) ?? '')}
                >
                  <option value="">{t('kindAuto')}</option>
                  {KIND_CHOICES.map((choice) => (
                    <option key={choice} value={choice}>
                      {t('kindName', { kind: choice })}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormField>
          </div>
          <div className="flex flex-col gap-2 sm:flex-row">
            <Button
              type="submit"
              disabled={isBusy || isAtLimit}
              aria-busy={isBusy}
              aria-describedby={isAtLimit ? QUOTA_REACHED_ID : undefined}
            >
              <Sparkles aria-hidden="true" />
              {isBusy ? tc('working') : isRegenerating ? t('regenerate') : t('generate')}
            </Button>
            {onClose && !isBusy ? (
              <Button variant="secondary" onClick={onClose}>
                {t('keepDraft')}
              </Button>
            ) : null}
          </div>
        </form>
      </section>
    </Card>
  );
}
