import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { PlannedSection, SiteStreamEvent, StudioError } from '../wire';

/** The brief check of the last generation: each requested feature and whether the draft has it. */
export type BriefCoverage = NonNullable<Extract<SiteStreamEvent, { type: 'done' }>['briefCoverage']>;

/** A generation event as the studio receives it (the wire schema's type). */
export type StudioEvent = SiteStreamEvent;

export type Phase = 'idle' | 'planning' | 'writing' | 'saved' | 'cancelled' | 'failed';

export type StudioState = {
  /** The newest saved version: what edits apply to. */
  saved: { version: number; document: SiteDocument } | null;
  /** What the preview shows: the saved draft, or the generation in progress / stopped. */
  preview: SiteDocument | null;
  phase: Phase;
  /** What the last status is about; the progress bar belongs to generations only. */
  activity: 'generate' | 'edit' | null;
  mode: 'ai' | 'offline' | null;
  percent: number;
  sectionIds: string[];
  sectionsTotal: number | null;
  plan: PlannedSection[] | null;
  /** What the running generation has written so far (the preview shows it once it has a section). */
  streamed: SiteDocument | null;
  /** Sections the preview shows partly written (section-draft): a finished one's page lacks them. */
  drafting: string[];
  /** A generation that stopped part-way (cancelled, failed, cut off): what the preview keeps. */
  partial: SiteDocument | null;
  /** The running (or last) generation: "Continue" names it, the server continues from its own copy. */
  generationId: string | null;
  error: StudioError | null;
  /** The edit control in use (its id), if any. */
  busyControl: string | null;
  editError: { control: string; error: StudioError } | null;
  /** Which providers wrote the last generation (shown so a person knows what served them). */
  servedBy: string[] | null;
  /** What the person asked for and whether the new draft has it (after a generation only). */
  coverage: BriefCoverage | null;
};

export type StudioAction =
  | { type: 'generate-start' }
  | { type: 'event'; event: StudioEvent }
  | { type: 'generate-stopped'; reason: 'cancelled' | 'failed'; error?: StudioError }
  | { type: 'show-saved' }
  | { type: 'edit-start'; control: string }
  | { type: 'edit-saved'; version: number; document: SiteDocument }
  | { type: 'edit-failed'; control: string; error: StudioError };

export function initialStudioState(draft: { version: number; document: SiteDocument } | null): StudioState {
  return {
    saved: draft,
    preview: draft?.document ?? null,
    servedBy: null,
    coverage: null,
    phase: 'idle',
    activity: null,
    mode: null,
    percent: 0,
    sectionIds: [],
    sectionsTotal: null,
    plan: null,
    streamed: null,
    drafting: [],
    partial: null,
    generationId: null,
    error: null,
    busyControl: null,
    editError: null,
  };
}

export function isGenerating(state: StudioState): boolean {
  return state.phase === 'planning' || state.phase === 'writing';
}

// Planning is a fixed first slice of the bar; sections fill the rest; saving completes it.
const PLANNING_PERCENT = 5;
const SKELETON_PERCENT = 10;
const SECTIONS_SPAN = 85;

/**
 * What the status line and the progress bar both say, from the same numbers, so they never
 * disagree: planning (also while drafts paint before the plan has said how many sections there
 * are: no "0 of 0"), then "d of n" with the bar at the matching share of its sections span.
 */
export function progressOf(state: StudioState): { stage: 'planning' | 'writing' | 'other'; done: number; total: number; percent: number } {
  const done = state.sectionIds.length;
  if (state.phase === 'planning' || (state.phase === 'writing' && state.sectionsTotal === null)) {
    return { stage: 'planning', done, total: 0, percent: state.percent };
  }
  if (state.phase !== 'writing') return { stage: 'other', done, total: state.sectionsTotal ?? done, percent: state.percent };
  const total = Math.max(state.sectionsTotal ?? 0, done);
  return { stage: 'writing', done, total, percent: SKELETON_PERCENT + Math.round((SECTIONS_SPAN * done) / total) };
}

function applyEvent(state: StudioState, event: StudioEvent): StudioState {
  switch (event.type) {
    case 'started':
      return { ...state, mode: event.mode, generationId: event.generationId };
    case 'plan':
      return { ...state, plan: event.plan.sections, sectionsTotal: state.sectionsTotal ?? event.plan.sections.length };
    case 'skeleton':
      // A first site shows its empty frame at once; a regeneration keeps the current draft on
      // screen until the new one has a section to show.
      return {
        ...state,
        streamed: event.document,
        // The final plan's frame comes after drafts may already be on show: never blank them.
        preview: state.saved || state.drafting.length > 0 ? state.preview : event.document,
        percent: Math.max(state.percent, SKELETON_PERCENT),
      };
    case 'section': {
      // A failed section is followed by its replacement under the same id: count ids once.
      const sectionIds = state.sectionIds.includes(event.sectionId) ? state.sectionIds : [...state.sectionIds, event.sectionId];
      const total = Math.max(event.total ?? state.sectionsTotal ?? 0, sectionIds.length);
      const percent = SKELETON_PERCENT + Math.round((SECTIONS_SPAN * sectionIds.length) / total);
      // While others are drawn as drafts, the finished section's page (without them) is not put
      // on show: the server sends the drafts over it right after, so nothing blinks out.
      const drafting = state.drafting.filter((id) => id !== event.sectionId);
      return {
        ...state,
        phase: 'writing',
        streamed: event.document,
        preview: drafting.length > 0 ? state.preview : event.document,
        drafting,
        sectionIds,
        sectionsTotal: total,
        percent: Math.max(state.percent, percent),
      };
    }
    case 'section-draft':
      // Sections being written show as they arrive; the progress bar counts finished ones only,
      // and a stop keeps `streamed` (finished sections), never a half-written one.
      return { ...state, phase: 'writing', preview: event.document, drafting: event.sectionIds };
    case 'section-failed':
      return state;
    case 'done':
      return {
        ...state,
        phase: 'saved',
        saved: { version: event.version, document: event.document },
        preview: event.document,
        streamed: null,
        partial: null,
        percent: 100,
        servedBy: event.providers,
        coverage: event.briefCoverage ?? null,
      };
    case 'error':
      return stop(state, 'failed', event.error);
  }
}

/** Keeps what was written so far as the preview and offers to continue from it. */
function stop(state: StudioState, reason: 'cancelled' | 'failed', error?: StudioError): StudioState {
  const streamed = state.percent >= SKELETON_PERCENT ? state.streamed : null;
  return {
    ...state,
    phase: reason,
    error: error ?? null,
    streamed: null,
    partial: streamed,
    preview: streamed ?? state.saved?.document ?? null,
  };
}

export function studioReducer(state: StudioState, action: StudioAction): StudioState {
  switch (action.type) {
    case 'generate-start':
      return {
        ...state,
        phase: 'planning',
        activity: 'generate',
        mode: null,
        percent: PLANNING_PERCENT,
        sectionIds: [],
        sectionsTotal: null,
        plan: null,
        streamed: null,
        drafting: [],
        partial: null,
        generationId: null,
        error: null,
        editError: null,
        coverage: null,
      };
    case 'event':
      // Late events of a stream the person already stopped are ignored.
      return isGenerating(state) ? applyEvent(state, action.event) : state;
    case 'generate-stopped':
      return isGenerating(state) ? stop(state, action.reason, action.error) : state;
    case 'show-saved':
      return { ...state, phase: 'idle', activity: null, preview: state.saved?.document ?? null, partial: null, error: null };
    case 'edit-start':
      return { ...state, busyControl: action.control, editError: null };
    case 'edit-saved':
      return {
        ...state,
        saved: { version: action.version, document: action.document },
        preview: action.document,
        partial: null,
        plan: null,
        phase: 'saved',
        activity: 'edit',
        error: null,
        busyControl: null,
      };
    case 'edit-failed':
      return { ...state, busyControl: null, editError: { control: action.control, error: action.error } };
  }
}
