'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Sparkles } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { Card, CardDescription, CardTitle } from '@/lib/ui/card';
import { FormField } from '@/lib/ui/form-field';
import { NativeSelect } from '@/lib/ui/native-select';
import { Textarea } from '@/lib/ui/textarea';
import type { GenerateRequest } from '../wire';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { BriefPanel } from './brief-panel';
import type { KindChoice } from './brief-what-fields';
import { effectiveDefault, LanguageFields, orderedLocales } from './language-fields';
import { QUOTA_REACHED_ID } from './quota-line';
import { CREATE_LOCALES, PROMPT_MAX, PROMPT_MIN, STYLE_CHOICES, type StyleChoice } from '../studio-options';
import type { SiteBriefState } from './use-site-brief';

type Errors = { prompt?: string; locales?: string };

/** The brief's site languages that the form offers, in the brief's order (its first is the default). */
function briefLocales(read: SiteBrief): string[] {
  return read.languages.filter((locale) => (CREATE_LOCALES as readonly string[]).includes(locale));
}

/** "Describe your site" → a generation request. Validates like the server so mistakes show at once. */
export function NewSiteForm({
  initialLocales,
  initial,
  isRegenerating,
  isBusy,
  isAtLimit,
  onGenerate,
  onClose,
  brief,
  kindChoices = [],
}: {
  kindChoices?: readonly KindChoice[];
  initialLocales: string[];
  /** The last request (prompt, languages, style, kind): "Regenerate" starts from it. */
  initial?: { prompt: string; locales: string[]; style?: string; businessKind?: string } | null;
  isRegenerating: boolean;
  isBusy: boolean;
  isAtLimit: boolean;
  onGenerate: (request: GenerateRequest) => void;
  onClose: (() => void) | null;
  /** What the prompt was understood as: shown, correctable, sent with the request. */
  brief: SiteBriefState;
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
  const [errors, setErrors] = useState<Errors>({});
  const [isPreparing, setIsPreparing] = useState(false);

  // The site's languages come from the prompt (the brief) until the person picks them.
  function followBriefLanguages(read: SiteBrief) {
    if (brief.isCorrected('languages')) return;
    const offered = briefLocales(read);
    if (offered.length === 0) return;
    setLocales(offered);
    setChosenDefault(offered[0]!);
  }

  function changePrompt(next: string) {
    setPrompt(next);
    brief.read(next, locales, followBriefLanguages);
  }

  // Regenerating a site made before briefs were kept: read the prompt once to show one.
  useEffect(() => {
    if (!brief.brief && prompt.trim().length >= PROMPT_MIN) brief.read(prompt, locales, followBriefLanguages);
    // Only on opening the form; typing reads through changePrompt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function validate(): Errors {
    const text = prompt.trim();
    const next: Errors = {};
    if (text.length < PROMPT_MIN) next.prompt = t('promptRequired');
    else if (text.length > PROMPT_MAX) next.prompt = t('promptTooLong', { max: PROMPT_MAX });
    if (orderedLocales(locales).length === 0) next.locales = t('languagesRequired');
    return next;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (found.prompt) return promptRef.current?.focus();
    if (found.locales) return languagesRef.current?.querySelector<HTMLElement>('[role="checkbox"]')?.focus();
    const defaultLocale = effectiveDefault(locales, chosenDefault);
    const ordered = orderedLocales(locales);
    // The first locale is the site's default.
    const formLocales = (
      defaultLocale ? [defaultLocale, ...ordered.filter((locale) => locale !== defaultLocale)] : ordered
    ) as GenerateRequest['locales'];
    // The brief of exactly this prompt (typed a moment ago: read it now); without one the server reads it.
    setIsPreparing(true);
    const read = await brief.briefFor(prompt, formLocales).finally(() => setIsPreparing(false));
    // A prompt pasted and sent at once was never read while typing, so the checkboxes still show
    // the interface's language: unless the person picked languages, the prompt's own decide.
    const offered = read && !brief.isCorrected('languages') ? briefLocales(read) : [];
    const siteLocales = (offered.length > 0 ? offered : formLocales) as GenerateRequest['locales'];
    if (offered.length > 0) followBriefLanguages(read!);
    const hint = brief.kindHint?.trim();
    onGenerate({
      prompt: prompt.trim(),
      locales: siteLocales,
      ...(style ? { style } : {}),
      ...(hint ? { businessKind: hint.slice(0, 40) } : {}),
      ...(read ? { brief: { ...read, languages: siteLocales } } : {}),
      // A brief the person corrected is theirs; one they only saw, the model may read better.
      ...(read && brief.corrected.length > 0 ? { isBriefConfirmed: true } : {}),
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
        <form className="space-y-4" onSubmit={(event) => void submit(event)} noValidate>
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
                onChange={(event) => changePrompt(event.target.value)}
              />
            )}
          </FormField>
          <BriefPanel
            state={brief}
            kindChoices={kindChoices}
            isDisabled={isBusy}
            languages={
              <div ref={languagesRef} className="sm:col-span-2">
                <LanguageFields
                  checked={locales}
                  chosenDefault={chosenDefault}
                  onCheckedChange={(next) => {
                    brief.correct('languages', {});
                    setLocales(next);
                    if (errors.locales && next.length > 0) setErrors({ ...errors, locales: undefined });
                  }}
                  onDefaultChange={(next) => {
                    brief.correct('languages', {});
                    setChosenDefault(next);
                  }}
                  error={errors.locales}
                  disabled={isBusy}
                />
              </div>
            }
          />
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
          </div>
          <div className="flex flex-col gap-2 sm:flex-row">
            <Button
              type="submit"
              disabled={isBusy || isAtLimit || isPreparing}
              aria-busy={isBusy || isPreparing}
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
