'use client';

import { useId, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Scale } from 'lucide-react';
import { Checkbox } from '@/lib/ui/checkbox';
import { FormField } from '@/lib/ui/form-field';
import { Input } from '@/lib/ui/input';
import { NativeSelect } from '@/lib/ui/native-select';
import { Spinner } from '@/lib/ui/spinner';
import { briefFeatures, type BriefFeature, type SiteBrief } from '@/modules/brief/site-brief-schema';
import { localeName } from '../studio-options';
import type { SiteBriefState } from './use-site-brief';
import { BriefItemsField } from './brief-items-field';
import { BriefMissingFacts } from './brief-missing-facts';
import { BriefWhatFields, type KindChoice } from './brief-what-fields';

const legendClass = 'mb-1 block text-sm font-medium text-ink';

/** The facts the prompt gave, as they will be used (word for word). */
function FactList({ facts, formFields = [] }: { facts: SiteBrief['facts']; formFields?: SiteBrief['formFields'] }) {
  const t = useTranslations('studio.brief');
  const rows: Array<[string, ReactNode]> = [];
  if (facts.whatsapp) rows.push([t('fact.whatsapp'), `+${facts.whatsapp}`]);
  if (facts.phones.length > 0) rows.push([t('fact.phones'), facts.phones.join(', ')]);
  if (facts.emails.length > 0) rows.push([t('fact.emails'), facts.emails.join(', ')]);
  // A landmark ("perto do metro de Arroios") is where the map link leads when no street is given.
  const where = [facts.address, facts.landmark].filter(Boolean).join(' · ');
  if (where) rows.push([t('fact.address'), where]);
  if (facts.openingHours?.length) rows.push([t('fact.hours'), facts.openingHours.join('; ')]);
  if (facts.prices.length > 0)
    rows.push([t('fact.prices'), facts.prices.map((price) => (price.label ? `${price.label}: ${price.text}` : price.text)).join('; ')]);
  if (facts.people.length > 0) rows.push([t('fact.people'), facts.people.join(', ')]);
  if (facts.offerings.length > 0) rows.push([t('fact.offerings'), facts.offerings.join(', ')]);
  if (facts.pixKey) rows.push([t('fact.pix'), facts.pixKey]);
  if (facts.payments?.length) rows.push([t('fact.payments'), facts.payments.join('; ')]);
  if (facts.donationUrl) rows.push([t('fact.donation'), facts.donationUrl]);
  if (facts.instagram) rows.push([t('fact.instagram'), `@${facts.instagram}`]);
  // What the form will ask, in their words: the site's form carries each of them.
  if (formFields.length > 0) rows.push([t('fact.formFields'), formFields.map((entry) => entry.text).join(', ')]);
  if (rows.length === 0) return <p className="text-sm text-muted">{t('factsNone')}</p>;
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-ink">{label}</dt>
          <dd className="break-words text-muted">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Why words are not written on the page; filler ("por favor") is not worth the person's time. */
const SHOWN_UNUSED = ['site', 'aside', 'feature', 'style', 'language'] as const;

/**
 * The words of the description that are not written on the page, each with why ("about the site
 * itself", "used for the design"): the person sees that nothing they wrote was silently dropped,
 * and can tell a wish we could not build ("parents see the van live") from one we did.
 */
function UnusedList({ unused = [] }: { unused?: SiteBrief['unused'] }) {
  const t = useTranslations('studio.brief');
  const shown = unused.filter((entry) => (SHOWN_UNUSED as readonly string[]).includes(entry.why));
  if (shown.length === 0) return null;
  return (
    <details className="text-sm" data-testid="brief-unused">
      <summary className="cursor-pointer font-medium text-ink">{t('unusedTitle', { count: shown.length })}</summary>
      <p className="mt-1 text-xs text-muted">{t('unusedHint')}</p>
      <ul className="mt-1 space-y-1">
        {shown.map((entry) => (
          <li key={`${entry.why}:${entry.words}`} className="break-words">
            <q className="text-ink">{entry.words}</q> <span className="text-muted">— {t('unusedWhy', { why: entry.why })}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * What the generation will build from, read from the description: name, kind, place,
 * languages, audience, tone, the features asked for, the facts given and the advertising rules
 * that apply. Each part can be corrected; the corrections are kept when the description changes.
 * `languages` is the form's language picker when the panel sits in the form; after a
 * generation it says which languages the site has (changed by regenerating or adding one).
 */
export function BriefPanel({
  state,
  languages,
  isDisabled,
  headingLevel = 'h3',
  footer,
  kindChoices = [],
}: {
  /** The taxonomy's kinds in the person's language, for the template picker. */
  kindChoices?: readonly KindChoice[];
  state: SiteBriefState;
  languages?: ReactNode;
  isDisabled: boolean;
  headingLevel?: 'h2' | 'h3';
  footer?: ReactNode;
}) {
  const t = useTranslations('studio.brief');
  const id = useId();
  const { brief, status } = state;
  const Heading = headingLevel;
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="@container space-y-4 rounded-xl border border-brand-200 bg-brand-50/40 p-4"
      data-testid="site-brief"
    >
      <div className="space-y-1">
        <div className="flex items-center justify-between gap-2">
          <Heading id={`${id}-title`} className="text-base font-semibold">
            {t('title')}
          </Heading>
          <p aria-live="polite" className="flex items-center gap-1 text-xs text-muted">
            {status === 'reading' ? (
              <>
                <Spinner className="size-3" />
                {t('reading')}
              </>
            ) : status === 'failed' ? (
              t('readFailed')
            ) : null}
          </p>
        </div>
        <p className="text-sm text-muted">{brief ? t('hint') : t('empty')}</p>
      </div>
      {!brief && languages ? <div className="grid gap-3 @lg:grid-cols-2">{languages}</div> : null}
      {brief ? (
        <>
          <div className="grid gap-3 @lg:grid-cols-2">
            <FormField id={`${id}-name`} label={t('name')} hint={t('nameHint')}>
              {(field) => (
                <Input
                  {...field}
                  value={brief.name ?? ''}
                  maxLength={80}
                  disabled={isDisabled}
                  autoComplete="organization"
                  onChange={(event) => state.correct('name', { name: event.target.value || null })}
                />
              )}
            </FormField>
            <BriefWhatFields brief={brief} state={state} kindChoices={kindChoices} isDisabled={isDisabled} id={id} />
            <FormField id={`${id}-location`} label={t('location')}>
              {(field) => (
                <Input
                  {...field}
                  value={brief.location?.text ?? ''}
                  maxLength={80}
                  disabled={isDisabled}
                  // A corrected place drops the country we had guessed for the old one.
                  onChange={(event) => state.correct('location', { location: event.target.value ? { text: event.target.value } : null })}
                />
              )}
            </FormField>
            <FormField id={`${id}-audience`} label={t('audience')}>
              {(field) => (
                <Input
                  {...field}
                  value={brief.audience ?? ''}
                  maxLength={120}
                  placeholder={t('audiencePlaceholder')}
                  disabled={isDisabled}
                  onChange={(event) => state.correct('audience', { audience: event.target.value || null })}
                />
              )}
            </FormField>
            <FormField id={`${id}-tone`} label={t('tone')}>
              {(field) => (
                <NativeSelect
                  {...field}
                  value={brief.tone}
                  disabled={isDisabled}
                  onChange={(event) => state.correct('tone', { tone: event.target.value === 'formal' ? 'formal' : 'casual' })}
                >
                  <option value="casual">{t('toneName', { tone: 'casual' })}</option>
                  <option value="formal">{t('toneName', { tone: 'formal' })}</option>
                </NativeSelect>
              )}
            </FormField>
            {languages ?? (
              <div className="min-w-0 text-sm">
                <p className={legendClass}>{t('languages')}</p>
                <p className="text-muted">{brief.languages.map(localeName).join(' · ')}</p>
              </div>
            )}
          </div>
          <BriefItemsField brief={brief} state={state} isDisabled={isDisabled} id={id} />
          <fieldset disabled={isDisabled}>
            <legend className={legendClass}>{t('features')}</legend>
            <p className="-mt-1 mb-1 text-xs text-muted">{t('featuresHint')}</p>
            <div className="grid grid-cols-1 gap-x-3 @xs:grid-cols-2 @xl:grid-cols-3">
              {briefFeatures.map((feature) => (
                <FeatureBox key={feature} feature={feature} brief={brief} state={state} id={id} />
              ))}
            </div>
          </fieldset>
          <div className="space-y-1">
            <h4 className="text-sm font-medium text-ink">{t('facts')}</h4>
            <p className="text-xs text-muted">{t('factsHint')}</p>
            <FactList facts={brief.facts} formFields={brief.formFields} />
          </div>
          <UnusedList unused={brief.unused} />
          <BriefMissingFacts brief={brief} state={state} isDisabled={isDisabled} />
          {brief.regulated ? (
            <p className="flex gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900" role="note">
              <Scale aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <span>{t('regulated', { profession: brief.regulated.profession, code: brief.regulated.code })}</span>
            </p>
          ) : null}
          {footer}
        </>
      ) : null}
    </section>
  );
}

function FeatureBox({ feature, brief, state, id }: { feature: BriefFeature; brief: SiteBrief; state: SiteBriefState; id: string }) {
  const t = useTranslations('studio.brief');
  const boxId = `${id}-feature-${feature}`;
  const isChecked = brief.features.includes(feature);
  return (
    <label htmlFor={boxId} className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
      <Checkbox
        id={boxId}
        checked={isChecked}
        onCheckedChange={(checked) =>
          state.correct('features', {
            features:
              checked === true
                ? briefFeatures.filter((f) => f === feature || brief.features.includes(f))
                : brief.features.filter((f) => f !== feature),
          })
        }
      />
      <span>{t('featureName', { feature })}</span>
    </label>
  );
}
