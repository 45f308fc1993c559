import type { SiteDocument } from '@/modules/document/site-document-schema';

// The wire format of POST /api/projects/<id>/generate (one JSON object per line) and of
// POST /api/projects/<id>/edit, as the browser reads it. The server validates every document
// before sending it; here we only check the shape enough not to trip over a stray line.

export type StudioError = { code: string; message: string; details?: Record<string, unknown> };

/** Planned sections, kept so "Continue" can tell the server which ones are still missing. */
export type PlannedSection = { id: string; type: string; brief: string };

export type StudioEvent =
  | { type: 'started'; generationId: string; mode: 'ai' | 'offline' }
  | { type: 'plan'; sections: PlannedSection[] }
  | { type: 'skeleton'; document: SiteDocument }
  | { type: 'section'; index: number; total: number | null; sectionId: string; document: SiteDocument }
  | { type: 'section-failed'; index: number; sectionId: string }
  | { type: 'done'; version: number; document: SiteDocument; isOffline: boolean; providers: string[] }
  | { type: 'error'; error: StudioError };

export type EditResult = { ok: true; version: number; document: SiteDocument } | { ok: false; error: StudioError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A site document as the server sends it: validated there, so a shape check suffices here. */
function asDocument(value: unknown): SiteDocument | null {
  if (!isRecord(value) || !isRecord(value.i18n) || !Array.isArray(value.pages) || !isRecord(value.theme)) return null;
  return value as SiteDocument;
}

function asError(value: unknown): StudioError | null {
  if (!isRecord(value) || typeof value.code !== 'string' || typeof value.message !== 'string') return null;
  return { code: value.code, message: value.message, ...(isRecord(value.details) ? { details: value.details } : {}) };
}

function asPlannedSections(value: unknown): PlannedSection[] {
  const sections = isRecord(value) ? value.sections : undefined;
  if (!Array.isArray(sections)) return [];
  return sections.flatMap((section) =>
    isRecord(section) && typeof section.id === 'string' && typeof section.type === 'string'
      ? [{ id: section.id, type: section.type, brief: typeof section.brief === 'string' ? section.brief : '' }]
      : [],
  );
}

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** One NDJSON line → a studio event, or null for anything unknown (ignored, never fatal). */
export function parseStudioEvent(value: unknown): StudioEvent | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  switch (value.type) {
    case 'started':
      return { type: 'started', generationId: String(value.generationId ?? ''), mode: value.mode === 'ai' ? 'ai' : 'offline' };
    case 'plan': {
      // Either `{ plan: { sections } }` (the engine's event) or `{ sections }`.
      const sections = asPlannedSections(isRecord(value.plan) ? value.plan : value);
      return sections.length > 0 ? { type: 'plan', sections } : null;
    }
    case 'skeleton': {
      const document = asDocument(value.document);
      return document ? { type: 'skeleton', document } : null;
    }
    case 'section': {
      const document = asDocument(value.document);
      const index = num(value.index);
      if (!document || index === null || typeof value.sectionId !== 'string') return null;
      return { type: 'section', index, total: num(value.total), sectionId: value.sectionId, document };
    }
    case 'section-failed': {
      const index = num(value.index);
      return index !== null && typeof value.sectionId === 'string' ? { type: 'section-failed', index, sectionId: value.sectionId } : null;
    }
    case 'done': {
      const document = asDocument(value.document);
      const version = num(value.version);
      return document && version !== null ? { type: 'done', version, document, isOffline: value.isOffline === true, providers: Array.isArray(value.providers) ? value.providers.filter((p): p is string => typeof p === 'string').slice(0, 4) : [] } : null;
    }
    case 'error':
      return { type: 'error', error: asError(value.error) ?? { code: 'INTERNAL', message: '' } };
    default:
      return null;
  }
}

/** The error of a non-2xx JSON body (`{ error }` or `{ ok: false, error }`), if any. */
export function errorFromBody(body: unknown): StudioError | null {
  return isRecord(body) ? asError(body.error) : null;
}

/** The body of an edit response → its result. */
export function parseEditResult(body: unknown): EditResult | null {
  if (!isRecord(body)) return null;
  if (body.ok === true && isRecord(body.data)) {
    const document = asDocument(body.data.document);
    const version = num(body.data.version);
    if (document && version !== null) return { ok: true, version, document };
    return null;
  }
  const error = errorFromBody(body);
  return error ? { ok: false, error } : null;
}
