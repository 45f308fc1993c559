'use client';

import { useRef, useState, type FormEvent } from 'react';
import { fill, type StudioLabels } from './studio-labels';
import type { StudioError } from './studio-events';
import { StudioErrorAlert } from './studio-error-alert';
import type { NamedSection } from './section-names';

/** One section of the list: its name and a "Rewrite" disclosure with an instruction and suggestions. */
export function SectionRewrite({ section, isOpen, onToggle, isBusy, isDisabled, error, onRewrite, labels, resetsOn }: {
  section: NamedSection;
  isOpen: boolean;
  onToggle: (isOpen: boolean) => void;
  isBusy: boolean;
  isDisabled: boolean;
  error: StudioError | null;
  onRewrite: (instruction: string) => Promise<boolean>;
  labels: StudioLabels;
  resetsOn: string;
}) {
  const e = labels.edit;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [instruction, setInstruction] = useState('');
  const [missing, setMissing] = useState(false);
  const baseId = `rewrite-${section.id}`;

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

  const describedBy = [missing ? `${baseId}-missing` : '', error ? `${baseId}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <li className="rounded-xl border border-gray-200 bg-white p-3" data-section-id={section.id}>
      <div className="flex items-center justify-between gap-2">
        <span className="min-w-0 truncate font-medium">{section.name}</span>
        <button
          ref={toggleRef}
          type="button"
          className="btn-secondary shrink-0"
          aria-expanded={isOpen}
          aria-controls={`${baseId}-panel`}
          aria-label={`${e.rewrite}: ${section.name}`}
          disabled={isDisabled && !isOpen}
          onClick={() => onToggle(!isOpen)}
        >
          {e.rewrite}
        </button>
      </div>
      {isOpen ? (
        <form id={`${baseId}-panel`} className="mt-3 space-y-3" onSubmit={submit} noValidate>
          <div>
            <label className="label" htmlFor={`${baseId}-input`}>{fill(e.rewriteLabel, { section: section.name })}</label>
            <input
              ref={inputRef}
              id={`${baseId}-input`}
              className="input"
              maxLength={500}
              value={instruction}
              placeholder={e.rewritePlaceholder}
              autoFocus
              disabled={isBusy}
              aria-invalid={missing ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => {
                setInstruction(event.target.value);
                setMissing(false);
              }}
            />
            {missing ? <p id={`${baseId}-missing`} className="field-error">{e.rewriteRequired}</p> : null}
          </div>
          <div role="group" aria-label={e.suggestions} className="flex flex-wrap gap-2">
            {e.suggestionList.map((suggestion) => (
              <button
                key={suggestion}
                type="button"
                className="min-h-11 rounded-full border border-brand-200 bg-brand-50 px-3 text-sm font-medium text-brand-900 hover:bg-brand-100 disabled:opacity-60"
                disabled={isBusy}
                onClick={() => addSuggestion(suggestion)}
              >
                {suggestion}
              </button>
            ))}
          </div>
          <button type="submit" className="btn-primary w-full sm:w-auto" disabled={isDisabled} aria-busy={isBusy}>
            {isBusy ? labels.working : e.rewriteSubmit}
          </button>
          {error ? <StudioErrorAlert id={`${baseId}-error`} error={error} labels={labels} resetsOn={resetsOn} /> : null}
        </form>
      ) : null}
    </li>
  );
}
