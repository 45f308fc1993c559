'use client';

import { settleWithin } from '@/lib/settle-within';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { extractSiteBriefAction } from '../brief-actions';
import { SITE_LOCALES, type ExtractBriefRequest } from '../wire';
import { mergeBrief, tidyBrief, type CorrectableField } from './merge-brief';
import { PROMPT_MIN } from '../studio-options';

/** Pause after the last keystroke before the prompt is read again. */
const READ_DELAY_MS = 450;

type Locales = readonly string[];

function siteLocales(locales: Locales | undefined): ExtractBriefRequest['fallbackLocales'] {
  const known = (locales ?? []).filter((locale): locale is (typeof SITE_LOCALES)[number] =>
    (SITE_LOCALES as readonly string[]).includes(locale),
  );
  return known.length > 0 ? known.slice(0, 6) : undefined;
}

export type SiteBriefState = {
  brief: SiteBrief | null;
  /** The person's own words for the kind, once they corrected it (sent as the kind hint). */
  kindHint: string | null;
  status: 'idle' | 'reading' | 'failed';
  corrected: readonly CorrectableField[];
  /** Whether the person corrected a field, as of now (for callbacks that run after a pause). */
  isCorrected: (field: CorrectableField) => boolean;
  /** Reads the prompt again after a pause; `onRead` gets the new brief (the form follows its languages). */
  read: (prompt: string, fallbackLocales: Locales, onRead?: (brief: SiteBrief) => void) => void;
  /** The brief for this exact prompt, read now if the last reading was of another text; null if it can't be read. */
  briefFor: (prompt: string, fallbackLocales: Locales) => Promise<SiteBrief | null>;
  correct: (field: CorrectableField, patch: Partial<SiteBrief>) => void;
  /** The kind, as a taxonomy id from the picker or the person's own words. */
  correctKind: (words: string) => void;
  /** What the business is, in the person's words: also the kind hint (a kind we know is then certain). */
  correctWhat: (words: string) => void;
  /** Facts the person gave in the studio (hours, phone…): kept across new readings. */
  addFacts: (facts: Partial<SiteBrief['facts']>) => void;
  /** The brief the server built from (the model may have refined it). */
  adopt: (brief: SiteBrief) => void;
};

/**
 * The brief the studio shows: read from the prompt as the person types (a server action, no
 * model), corrected field by field, the corrections kept across new readings.
 */
/** How long "Generate my site" waits for the brief of a prompt typed a moment ago (a reading takes well under a second). */
const BRIEF_WAIT_MS = 8_000;

export function useSiteBrief(initial: { brief: SiteBrief | null; prompt: string | null; kindHint?: string | null }): SiteBriefState {
  const [brief, setBrief] = useState<SiteBrief | null>(initial.brief);
  const [status, setStatus] = useState<SiteBriefState['status']>('idle');
  const [kindHint, setKindHint] = useState<string | null>(initial.kindHint ?? null);
  const [corrected, setCorrected] = useState<CorrectableField[]>([]);
  // Read in callbacks that outlive a render: the latest values, not the ones they closed over.
  // Every change below writes here and to the state, so the two never disagree.
  const latest = useRef({ brief, corrected, kindHint, prompt: initial.prompt, readPrompt: initial.brief ? initial.prompt : null });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sequence = useRef(0);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const readNow = useCallback(async (prompt: string, fallbackLocales: Locales): Promise<SiteBrief | null> => {
    const text = prompt.trim();
    latest.current.prompt = prompt;
    if (text.length < PROMPT_MIN) return null;
    const mine = ++sequence.current;
    setStatus('reading');
    const fallback = siteLocales(fallbackLocales);
    const result = await extractSiteBriefAction({
      prompt: text.slice(0, 2000),
      ...(fallback ? { fallbackLocales: fallback } : {}),
      ...(latest.current.kindHint ? { businessKind: latest.current.kindHint.slice(0, 60) } : {}),
    }).catch(() => null);
    // A newer reading started meanwhile: this one is out of date.
    if (mine !== sequence.current) return null;
    if (!result?.ok) {
      setStatus('failed');
      return null;
    }
    const merged = mergeBrief(result.data, latest.current.brief, latest.current.corrected);
    latest.current = { ...latest.current, brief: merged, readPrompt: prompt };
    setBrief(merged);
    setStatus('idle');
    return merged;
  }, []);

  const read = useCallback(
    (prompt: string, fallbackLocales: Locales, onRead?: (brief: SiteBrief) => void) => {
      if (timer.current) clearTimeout(timer.current);
      latest.current.prompt = prompt;
      timer.current = setTimeout(() => {
        void readNow(prompt, fallbackLocales).then((next) => {
          if (next) onRead?.(next);
        });
      }, READ_DELAY_MS);
    },
    [readNow],
  );

  const briefFor = useCallback(
    async (prompt: string, fallbackLocales: Locales) => {
      if (timer.current) clearTimeout(timer.current);
      const current = latest.current;
      // Never wait on a reading for ever: without one in time the server reads the prompt itself.
      const next =
        current.brief && current.readPrompt === prompt
          ? current.brief
          : await settleWithin(readNow(prompt, fallbackLocales), BRIEF_WAIT_MS, null);
      return next ? tidyBrief(next) : null;
    },
    [readNow],
  );

  const isCorrected = useCallback((field: CorrectableField) => latest.current.corrected.includes(field), []);

  const correct = useCallback((field: CorrectableField, patch: Partial<SiteBrief>) => {
    // Known at once to a reading that lands before the next render.
    if (!latest.current.corrected.includes(field)) latest.current.corrected = [...latest.current.corrected, field];
    setCorrected((fields) => (fields.includes(field) ? fields : [...fields, field]));
    const next = latest.current.brief ? { ...latest.current.brief, ...patch } : null;
    latest.current.brief = next;
    setBrief(next);
  }, []);

  const correctKind = useCallback(
    (words: string) => {
      setKindHint(words);
      latest.current.kindHint = words;
      if (!latest.current.corrected.includes('kind')) latest.current.corrected = [...latest.current.corrected, 'kind'];
      setCorrected((fields) => (fields.includes('kind') ? fields : [...fields, 'kind']));
      const prompt = latest.current.prompt;
      if (prompt && words.trim().length >= 3) read(prompt, latest.current.brief?.languages ?? []);
    },
    [read],
  );

  const correctWhat = useCallback(
    (words: string) => {
      correct('what', { what: words });
      correctKind(words);
    },
    [correct, correctKind],
  );

  const addFacts = useCallback(
    (facts: Partial<SiteBrief['facts']>) => {
      const current = latest.current.brief;
      if (!current) return;
      correct('facts', { facts: { ...current.facts, ...facts } });
    },
    [correct],
  );

  const adopt = useCallback((next: SiteBrief) => {
    latest.current.brief = next;
    setBrief(next);
  }, []);

  return { brief, kindHint, status, corrected, isCorrected, read, briefFor, correct, correctKind, correctWhat, addFacts, adopt };
}
