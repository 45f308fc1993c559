'use client';

import { useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { Input } from '@/lib/ui/input';
import type { StudioError } from '../wire';
import { StudioErrorAlert } from './studio-error-alert';
import type { NamedSection } from './section-names';

/** One section of the list: its name and a "Rewrite" disclosure with an instruction and suggestions. */
export function SectionRewrite({
  section,
  isOpen,
  onToggle,
  isBusy,
  isDisabled,
  error,
  onRewrite,
  resetsOn,
}: {
  section: NamedSection;
  isOpen: boolean;
  onToggle: (isOpen: boolean) => void;
  isBusy: boolean;
  isDisabled: boolean;
  error: StudioError | null;
  onRewrite: (instruction: string) => Promise<boolean>;
  resetsOn: Date;
}) {
  const t = useTranslations('studio.edit');
  const tc = useTranslations('common');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [instruction, setInstruction] = useState('');
  const [missing, setMissing] = useState(false);
  const baseId = `rewrite-${section.id}`;
  const suggestions = [t('suggestionShorter'), t('suggestionFormal'), t('suggestionDelivery')];

  function addSuggestion(text: string) {
    const current = instruction.trim();
    setInstruction(current ? `${current.replace(/[.,;]$/, '')}, ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text);
    setMissing(false);
    inputRef.current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (instruction.trim() === '') {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    if (await onRewrite(instruction.trim())) {
      setInstruction('');
      onToggle(false);
      // The form (and the focused button) disappears; give focus back to where it came from.
      toggleRef.current?.focus();
    }
  }

  return (
    <li className="rounded-xl border border-gray-200 bg-white p-3" data-section-id={section.id}>
      <div className="flex items-center justify-between gap-2">
        <span className="min-w-0 font-medium break-words">{section.name}</span>
        <Button
          ref={toggleRef}
          variant="secondary"
          aria-expanded={isOpen}
          aria-controls={`${baseId}-panel`}
          aria-label={t('rewriteFor', { section: section.name })}
          disabled={isDisabled && !isOpen}
          onClick={() => onToggle(!isOpen)}
        >
          {t('rewrite')}
        </Button>
      </div>
      {isOpen ? (
        <form id={`${baseId}-panel`} className="mt-3 space-y-3" onSubmit={submit} noValidate>
          <FormField
            id={`${baseId}-input`}
            label={t('rewriteLabel', { section: section.name })}
            error={missing ? t('rewriteRequired') : undefined}
          >
            {(field) => (
              <Input
                {...field}
                ref={inputRef}
                maxLength={500}
                value={instruction}
                placeholder={t('rewritePlaceholder')}
                autoFocus
                disabled={isBusy}
                aria-describedby={[field['aria-describedby'], error ? `${baseId}-error` : ''].filter(Boolean).join(' ') || undefined}
                onChange={(event) => {
                  setInstruction(event.target.value);
                  setMissing(false);
                }}
              />
            )}
          </FormField>
          <div role="group" aria-label={t('suggestions')} className="flex flex-wrap gap-2">
            {suggestions.map((suggestion) => (
              <Button key={suggestion} variant="chip" disabled={isBusy} onClick={() => addSuggestion(suggestion)}>
                {suggestion}
              </Button>
            ))}
          </div>
          <Button type="submit" className="w-full sm:w-auto" disabled={isDisabled} aria-busy={isBusy}>
            {isBusy ? tc('working') : t('rewriteSubmit')}
          </Button>
          {error ? <StudioErrorAlert id={`${baseId}-error`} error={error} resetsOn={resetsOn} /> : null}
        </form>
      ) : null}
    </li>
  );
}
