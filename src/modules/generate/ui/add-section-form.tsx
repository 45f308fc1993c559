'use client';

import { useState, type FormEvent } from 'react';
import { sectionTypes } from '@/modules/document/section-registry';
import type { Locale } from '@/lib/i18n/translate';
import { fill, type StudioLabels } from './studio-labels';
import type { StudioError } from './studio-events';
import { StudioErrorAlert } from './studio-error-alert';
import { sectionTypeLabel, type NamedSection } from './section-names';

const END = 'end';

/** "Add a section": a type and where it goes (index among the home page's sections). */
export function AddSectionForm({ sections, uiLocale, isBusy, isDisabled, error, onAdd, labels, resetsOn }: {
  sections: NamedSection[];
  uiLocale: Locale;
  isBusy: boolean;
  isDisabled: boolean;
  error: StudioError | null;
  onAdd: (type: string, position: number | undefined) => Promise<boolean>;
  labels: StudioLabels;
  resetsOn: string;
}) {
  const e = labels.edit;
  const [type, setType] = useState<string>(sectionTypes.find((candidate) => candidate === 'faq') ?? sectionTypes[0]);
  const [position, setPosition] = useState<string>(END);
  // The footer always stays last, so "after" choices stop before it.
  const anchors = sections.filter((section) => section.type !== 'footer');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const index = position === END ? undefined : Number(position);
    if (await onAdd(type, Number.isInteger(index) ? index : undefined)) setPosition(END);
  }

  return (
    <section className="space-y-3" aria-labelledby="studio-add-section">
      <h3 id="studio-add-section" className="font-semibold">{e.addSection}</h3>
      <form className="space-y-3" onSubmit={submit} aria-describedby={error ? 'studio-add-section-error' : undefined}>
        <div className="grid gap-3">
          <div>
            <label className="label" htmlFor="studio-section-type">{e.sectionType}</label>
            <select id="studio-section-type" className="input" value={type} disabled={isBusy} onChange={(event) => setType(event.target.value)}>
              {sectionTypes
                .filter((candidate) => candidate !== 'footer')
                .map((candidate) => (
                  <option key={candidate} value={candidate}>{sectionTypeLabel(candidate, uiLocale)}</option>
                ))}
            </select>
          </div>
          <div>
            <label className="label" htmlFor="studio-section-position">{e.position}</label>
            <select id="studio-section-position" className="input" value={position} disabled={isBusy} onChange={(event) => setPosition(event.target.value)}>
              <option value={END}>{e.positionEnd}</option>
              <option value="0">{e.positionTop}</option>
              {anchors.slice(0, -1).map((section, index) => (
                <option key={section.id} value={String(index + 1)}>{fill(e.positionAfter, { section: section.name })}</option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="btn-secondary w-full sm:w-auto" disabled={isDisabled} aria-busy={isBusy}>
          {isBusy ? labels.working : e.addSectionSubmit}
        </button>
        {error ? <StudioErrorAlert id="studio-add-section-error" error={error} labels={labels} resetsOn={resetsOn} /> : null}
      </form>
    </section>
  );
}
