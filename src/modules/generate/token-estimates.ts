import type { GenerationKind } from './schema';

/**
 * What one generation is expected to spend, reserved against the monthly token budget when it is
 * admitted (private.reserve_generation) and released when its real usage is recorded. Measured on
 * the bench's 8-section site: ~6k output + ~4k input tokens for one language; a translation is
 * about the size of the copy it translates.
 */
const ESTIMATE: Record<GenerationKind, number> = {
  site: 12_000,
  continue: 8_000,
  rewrite_section: 3_000,
  add_section: 3_000,
  add_locale: 8_000,
};

/** The reservation for a generation; nothing when only the offline composer (no model) will run. */
export function tokenReservation(kind: GenerationKind, input: { locales?: number; usesModel: boolean }): number {
  if (!input.usesModel) return 0;
  const extraLocales = Math.max((input.locales ?? 1) - 1, 0);
  return ESTIMATE[kind] + (kind === 'site' ? extraLocales * 4_000 : 0);
}
