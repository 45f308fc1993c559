'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import { effectiveDefault, LanguageFields, orderedLocales } from './language-fields';
import { QUOTA_REACHED_ID } from './quota-line';
import { KIND_CHOICES, PROMPT_MAX, PROMPT_MIN, STYLE_CHOICES, type KindChoice, type StyleChoice } from './studio-options';
import { fill, type StudioLabels } from './studio-labels';
import type { GenerateRequest } from './use-studio-actions';

type Errors = { prompt?: string; locales?: string };

/** "Describe your site" → a generation request. Validates like the server so mistakes show at once. */
export function NewSiteForm({ initialLocales, isRegenerating, isBusy, isAtLimit, onGenerate, onClose, labels }: {
  initialLocales: string[];
  isRegenerating: boolean;
  isBusy: boolean;
  isAtLimit: boolean;
  onGenerate: (request: GenerateRequest) => void;
  onClose: (() => void) | null;
  labels: StudioLabels;
}) {
  const f = labels.form;
  const id = useId();
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const languagesRef = useRef<HTMLDivElement>(null);
  const [prompt, setPrompt] = useState('');
  const [locales, setLocales] = useState<string[]>(initialLocales);
  const [chosenDefault, setChosenDefault] = useState<string | null>(null);
  const [style, setStyle] = useState<StyleChoice | ''>('');
  const [kind, setKind] = useState<KindChoice | ''>('');
  const [errors, setErrors] = useState<Errors>({});

  function validate(): Errors {
    const text = prompt.trim();
    const next: Errors = {};
    if (text.length < PROMPT_MIN) next.prompt = f.promptRequired;
    else if (text.length > PROMPT_MAX) next.prompt = fill(f.promptTooLong, { max: PROMPT_MAX });
    if (orderedLocales(locales).length === 0) next.locales = f.languagesRequired;
    return next;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (found.prompt) return promptRef.current?.focus();
    if (found.locales) return languagesRef.current?.querySelector('input')?.focus();
    const defaultLocale = effectiveDefault(locales, chosenDefault);
    const ordered = orderedLocales(locales);
    onGenerate({
      prompt: prompt.trim(),
      // The first locale is the site's default.
      locales: defaultLocale ? [defaultLocale, ...ordered.filter((locale) => locale !== defaultLocale)] : ordered,
      ...(style ? { style } : {}),
      ...(kind && kind !== 'other' ? { businessKind: kind } : {}),
      // A fresh seed per run, so "Regenerate" offers a different draft rather than the same one.
      seed: Math.floor(Math.random() * 2 ** 31),
    });
  }

  const promptDescribedBy = [`${id}-hint`, `${id}-count`, errors.prompt ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <section className="card space-y-4" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">{isRegenerating ? f.regenerate : f.title}</h2>
      {isRegenerating ? <p className="text-sm text-muted">{f.regenerateHint}</p> : null}
      <form className="space-y-4" onSubmit={submit} noValidate>
        <div>
          <label className="label" htmlFor={`${id}-prompt`}>{f.prompt}</label>
          <textarea
            ref={promptRef}
            id={`${id}-prompt`}
            className="input min-h-32 resize-y"
            required
            maxLength={PROMPT_MAX}
            rows={5}
            value={prompt}
            placeholder={f.promptPlaceholder}
            disabled={isBusy}
            aria-invalid={errors.prompt ? true : undefined}
            aria-describedby={promptDescribedBy}
            onChange={(event) => setPrompt(event.target.value)}
          />
          <div className="mt-1 flex flex-wrap justify-between gap-x-3 text-xs text-muted">
            <p id={`${id}-hint`}>{f.promptHint}</p>
            <p id={`${id}-count`} className="tabular-nums">{fill(f.promptCount, { count: prompt.length, max: PROMPT_MAX })}</p>
          </div>
          {errors.prompt ? <p id={`${id}-error`} className="field-error">{errors.prompt}</p> : null}
        </div>
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
            labels={f}
          />
        </div>
        <div className="grid gap-3">
          <div>
            <label className="label" htmlFor={`${id}-style`}>{f.style}</label>
            <select id={`${id}-style`} className="input" value={style} disabled={isBusy} onChange={(event) => setStyle(STYLE_CHOICES.find((s) => s === event.target.value) ?? '')}>
              <option value="">{f.styles.auto}</option>
              {STYLE_CHOICES.map((choice) => (
                <option key={choice} value={choice}>{f.styles[choice]}</option>
              ))}
            </select>
          </div>
          <div>
            <label className="label" htmlFor={`${id}-kind`}>{f.kind}</label>
            <select id={`${id}-kind`} className="input" value={kind} disabled={isBusy} onChange={(event) => setKind(KIND_CHOICES.find((k) => k === event.target.value) ?? '')}>
              <option value="">{f.kinds.auto}</option>
              {KIND_CHOICES.map((choice) => (
                <option key={choice} value={choice}>{f.kinds[choice]}</option>
              ))}
            </select>
          </div>
        </div>
        <div className="flex flex-col gap-2 sm:flex-row">
          <button
            type="submit"
            className="btn-primary"
            disabled={isBusy || isAtLimit}
            aria-busy={isBusy}
            aria-describedby={isAtLimit ? QUOTA_REACHED_ID : undefined}
          >
            {isBusy ? labels.working : isRegenerating ? f.regenerate : f.generate}
          </button>
          {onClose && !isBusy ? (
            <button type="button" className="btn-secondary" onClick={onClose}>{f.keepDraft}</button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
